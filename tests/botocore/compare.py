#!/usr/bin/env python3
"""Builds the CreateChannelHandshake request that botocore would send, and prints it.

A second opinion for tests/botocore.rs: botocore (pinned below) serializes the same input, resolves
the endpoint and signs with SigV4 at a fixed instant with fixed credentials. The request is caught
in `before-send` and answered with a canned response, so nothing leaves the machine.

Prints one JSON object to stdout:
    {"botocore": version, "method", "url",
     "headers": {content-type, x-amz-target, x-amz-date, authorization},
     "body": the body parsed as JSON, "body_text": the body exactly as signed}

`body_text` is there because the signature covers the body's bytes: botocore writes JSON with
`json.dumps` defaults (", " separators, non-ASCII as \\uXXXX), which differ byte for byte from
what aws-operation writes for the same meaning.

Exit status: 0 printed, 3 botocore is not importable, 4 another botocore version is installed.
"""

import datetime
import json
import os
import sys

BOTOCORE_VERSION = "1.44.8"

# 2026-01-02T03:04:05Z, naive UTC as botocore's own clock returns it.
FIXED_NOW = datetime.datetime(2026, 1, 2, 3, 4, 5)

ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
REGION = "us-east-1"

# Every member set; tests/botocore.rs builds the same input. The values exercise what the two
# serializers could disagree on: quotes, non-ASCII, ':' and '/', an empty string, a timestamp.
PARAMS = {
    "handshakeType": "START_SERVICE_PERIOD",
    "catalog": "Sandbox",
    "associatedResourceIdentifier": "pma-0123456789abc",
    "payload": {
        "startServicePeriodPayload": {
            "programManagementAccountIdentifier": (
                "arn:aws:partnercentral:us-east-1:111122223333:catalog/Sandbox/"
                "program-management-account/pma-0123456789abc"
            ),
            "note": 'Q3 "managed" services \u2013 \u00c9quipe Nord',
            "servicePeriodType": "FIXED_COMMITMENT_PERIOD",
            "minimumNoticeDays": "30",
            # Whole seconds: with a fraction botocore writes microseconds (".500000Z") where
            # aws-operation writes the shortest form (".5Z"); both are RFC 3339 date-times.
            "endDate": datetime.datetime(2026, 12, 31, 23, 59, 59, tzinfo=datetime.timezone.utc),
        }
    },
    "clientToken": "c0ffee00-0000-4000-8000-000000000001",
    "tags": [
        {"key": "team", "value": "channel ops"},
        {"key": "\u00c9quipe", "value": ""},
    ],
}

REPORTED_HEADERS = ("content-type", "x-amz-target", "x-amz-date", "authorization")


def isolate_from_environment():
    """Keeps the caller's AWS settings (profile, endpoint overrides, credentials) out of it."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            del os.environ[name]
    os.environ["AWS_CONFIG_FILE"] = os.devnull
    os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull


def import_botocore():
    try:
        import botocore
        import botocore.auth
        import botocore.awsrequest
        import botocore.compat
        import botocore.config
        import botocore.session
    except ImportError as error:
        sys.stderr.write(
            f"botocore is not importable with {sys.executable}: {error}\n"
            f"install it with: python3 -m venv target/botocore-venv && "
            f"target/botocore-venv/bin/pip install botocore=={BOTOCORE_VERSION}\n"
        )
        sys.exit(3)
    if botocore.__version__ != BOTOCORE_VERSION:
        sys.stderr.write(
            f"botocore {botocore.__version__} is installed for {sys.executable}, "
            f"the comparison is pinned to {BOTOCORE_VERSION}\n"
        )
        sys.exit(4)
    return botocore


def freeze_clock(botocore):
    """SigV4 takes its time from `get_current_datetime`; auth.py imported it by name."""

    def fixed(remove_tzinfo=True):
        if remove_tzinfo:
            return FIXED_NOW
        return FIXED_NOW.replace(tzinfo=datetime.timezone.utc)

    botocore.compat.get_current_datetime = fixed
    botocore.auth.get_current_datetime = fixed


class _CannedBody:
    """The `raw` of a canned response: what urllib3 would hand botocore."""

    def stream(self, **_kwargs):
        yield b"{}"


def capture(botocore):
    session = botocore.session.get_session()
    client = session.create_client(
        "partnercentral-channel",
        region_name=REGION,
        aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        # The service lists SigV4a first; botocore uses it only with awscrt installed, and its
        # ECDSA signatures differ on every run. Pin SigV4 so the result does not depend on it.
        config=botocore.config.Config(signature_version="v4", retries={"max_attempts": 0}),
    )
    captured = {}

    def before_send(request, **_kwargs):
        captured["request"] = request
        return botocore.awsrequest.AWSResponse(
            request.url, 200, {"x-amzn-requestid": "botocore-compare"}, _CannedBody()
        )

    client.meta.events.register("before-send.partnercentral-channel.CreateChannelHandshake", before_send)
    client.create_channel_handshake(**PARAMS)
    return captured["request"]


def main():
    isolate_from_environment()
    botocore = import_botocore()
    freeze_clock(botocore)
    request = capture(botocore)
    body = request.body
    if isinstance(body, bytes):
        body = body.decode("utf-8")
    headers = {}
    for name in REPORTED_HEADERS:
        value = request.headers.get(name)
        if isinstance(value, bytes):
            value = value.decode("utf-8")
        headers[name] = value
    json.dump(
        {
            "botocore": botocore.__version__,
            "method": request.method,
            "url": request.url,
            "headers": headers,
            "body": json.loads(body),
            "body_text": body,
        },
        sys.stdout,
        indent=2,
    )
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
