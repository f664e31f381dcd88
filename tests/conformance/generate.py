#!/usr/bin/env python3
"""Writes the annotated Rust source of the conformance suites: tests/conformance/generated/*.rs.

Each botocore protocol vector file (tests/fixtures/conformance/protocols/{input,output}/*.json)
describes small fake services, one per suite. This script turns every suite into a Rust module
that declares the suite's service with `#[aws_service]`, its shapes with `#[aws_shape]` and its
operations with `#[aws_operation]`, exactly as a user would write them by hand. The real macros
compile that source; nothing here serializes or parses anything at test time. The harness
(tests/conformance/protocol.rs) then runs each case of the file through the real client.

The output is checked in. Rerun after changing the vectors or this script, from the repository
root, then format and review the diff:

    python3 tests/conformance/generate.py
    rustfmt --edition 2024 tests/conformance/generated/*.rs

Only the standard library is needed.
"""

import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VECTORS = os.path.join(ROOT, "tests", "fixtures", "conformance", "protocols")
OUT = os.path.join(ROOT, "tests", "conformance", "generated")
RULES = "tests/fixtures/conformance/endpoint-rule-set.json"

# (module, vector file) in report order.
FILES = [
    ("json_1_0_input", "input/json_1_0.json"),
    ("json_1_0_query_compatible_input", "input/json_1_0-query-compatible.json"),
    ("json_1_0_output", "output/json_1_0.json"),
    ("json_1_0_query_compatible_output", "output/json_1_0-query-compatible.json"),
    ("json_1_1_input", "input/json.json"),
    ("json_1_1_output", "output/json.json"),
    ("rest_json_input", "input/rest-json.json"),
    ("rest_json_output", "output/rest-json.json"),
    ("query_input", "input/query.json"),
    ("query_output", "output/query.json"),
    ("ec2_input", "input/ec2.json"),
    ("ec2_output", "output/ec2.json"),
    ("rest_xml_input", "input/rest-xml.json"),
    ("rest_xml_output", "output/rest-xml.json"),
    ("rpc_v2_cbor_input", "input/smithy-rpc-v2-cbor.json"),
    ("rpc_v2_cbor_query_compatible_input", "input/smithy-rpc-v2-cbor-query-compatible.json"),
    ("rpc_v2_cbor_non_query_compatible_input", "input/smithy-rpc-v2-cbor-non-query-compatible.json"),
    ("rpc_v2_cbor_output", "output/smithy-rpc-v2-cbor.json"),
    ("rpc_v2_cbor_query_compatible_output", "output/smithy-rpc-v2-cbor-query-compatible.json"),
    ("rpc_v2_cbor_non_query_compatible_output", "output/smithy-rpc-v2-cbor-non-query-compatible.json"),
]

# The model's protocol names, as `#[aws_service(protocol = ...)]` spells them.
PROTOCOLS = {
    "rest-json": "restJson1",
    "rest-xml": "restXml",
    "query": "awsQuery",
    "ec2": "ec2Query",
    "smithy-rpc-v2-cbor": "rpcv2Cbor",
}

# The name of a suite's fake service, by protocol (the awsJson and rpcv2Cbor ones take the target
# prefix, their service's shape name).
SERVICE_PREFIXES = {"rest-json": "RestJson", "rest-xml": "RestXml", "query": "Query", "ec2": "Ec2"}

# botocore's `location` of a member, as the binding key of `#[aws(...)]`.
LOCATIONS = {"uri": "http_label", "querystring": "http_query", "header": "http_header", "headers": "http_prefix_headers", "statusCode": "http_response_code"}

RUST_KEYWORDS = {
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
}

SCALARS = {
    "string": "::std::string::String",
    "boolean": "bool",
    "integer": "i32",
    "long": "i64",
    "float": "f32",
    "double": "f64",
    "blob": "::aws_operation::Blob",
    "timestamp": "::aws_operation::DateTime",
}

TIMESTAMP_FORMATS = {"iso8601": "date-time", "rfc822": "http-date", "unixTimestamp": "epoch-seconds"}


def words(name):
    """Splits `snake_case` and `camelCase` / `PascalCase` names as the macro does."""
    out = []
    for part in [p for p in name.split("_") if p]:
        current = ""
        for i, c in enumerate(part):
            boundary = c.isupper() and i > 0 and (
                part[i - 1].islower()
                or part[i - 1].isdigit()
                or (i + 1 < len(part) and part[i + 1].islower() and part[i - 1].isupper())
            )
            if boundary and current:
                out.append(current)
                current = ""
            current += c
        if current:
            out.append(current)
    return out


def snake(name):
    return "_".join(w.lower() for w in words(name))


def camel(ident):
    """The wire name the macro gives a field by default (`rename_all = "camelCase"`)."""
    ws = words(ident)
    return "".join(w.lower() if i == 0 else w[:1].upper() + w[1:].lower() for i, w in enumerate(ws))


def pascal_rule(ident):
    """The wire name the macro gives a field with `rename_all = "PascalCase"`."""
    return "".join(w[:1].upper() + w[1:].lower() for w in words(ident))


def pascal(name):
    return "".join(w[:1].upper() + w[1:] for w in words(name))


def field_ident(member):
    ident = snake(member)
    if ident in RUST_KEYWORDS:
        return "r#" + ident
    return ident


def variant_ident(value):
    ident = pascal(re.sub(r"[^A-Za-z0-9]+", "_", value)) or "Empty"
    if ident[0].isdigit():
        ident = "V" + ident
    return ident


def doc(text, indent=""):
    return f"{indent}/// {text}\n"


def namespace_key(namespace):
    """botocore's `xmlNamespace` (a URI, or its URI and prefix) as the `xml_namespace` key."""
    if isinstance(namespace, str):
        return f"xml_namespace = {json.dumps(namespace)}"
    if "prefix" not in namespace:
        return f"xml_namespace = {json.dumps(namespace['uri'])}"
    return f"xml_namespace(uri = {json.dumps(namespace['uri'])}, prefix = {json.dumps(namespace['prefix'])})"


class Suite:
    def __init__(self, suite, index, requests):
        self.suite = suite
        self.index = index
        # Whether the suite's cases are requests (`input/`): output vectors leave an operation's
        # input out whatever the model has, so only a request vector without one says the
        # operation has none.
        self.requests = requests
        self.shapes = suite["shapes"]
        self.metadata = suite["metadata"]
        self.operations = {}
        for case in suite["cases"]:
            given = case["given"]
            self.operations.setdefault(given["name"], given)
        self.emitted = []  # shape names to declare, in first-use order
        self.types = {}
        protocol = self.metadata.get("protocol")
        # restJson1 and restXml: HTTP bindings, bodies in JSON or XML.
        self.rest = protocol in ("rest-json", "rest-xml")
        # awsQuery and ec2Query (form requests, XML responses) and restXml: XML traits.
        self.xml = protocol in ("query", "ec2", "rest-xml")
        self.rest_xml = protocol == "rest-xml"
        # rpcv2Cbor: HTTP binding traits are ignored, every member is in the CBOR body.
        self.cbor = protocol == "smithy-rpc-v2-cbor"

    def is_document(self, name):
        shape = self.shapes[name]
        return shape["type"] == "structure" and shape.get("document")

    def rust_type(self, name):
        shape = self.shapes[name]
        kind = shape["type"]
        if kind == "string" and "enum" in shape:
            self.use(name)
            return pascal(name)
        if kind in SCALARS:
            return SCALARS[kind]
        if kind == "list":
            return f"::std::vec::Vec<{self.rust_type(shape['member']['shape'])}>"
        if kind == "map":
            key = self.shapes[shape["key"]["shape"]]
            assert key["type"] == "string", "map keys are strings"
            return f"::std::collections::BTreeMap<::std::string::String, {self.rust_type(shape['value']['shape'])}>"
        if kind == "structure":
            if shape.get("document"):
                return "::aws_operation::Document"
            self.use(name)
            return pascal(name)
        raise ValueError(f"unsupported shape type {kind} of {name}")

    def use(self, name):
        if name not in self.emitted:
            self.emitted.append(name)

    def reaches(self, start, target, seen=None):
        """Whether structure `start` holds `target` without a list or map in between (such a
        member needs a `Box`)."""
        seen = seen or set()
        if start in seen:
            return False
        seen.add(start)
        shape = self.shapes[start]
        if shape["type"] != "structure" or shape.get("document"):
            return False
        for member in shape.get("members", {}).values():
            child = member["shape"]
            if child == target or self.reaches(child, target, seen):
                return True
        return False

    def rename_all(self, shape_name):
        """`PascalCase` when that rule, and not the default camelCase, gives every member's name."""
        members = list(self.shapes[shape_name].get("members", {}))
        camel_fits = all(camel(field_ident(m)) == m for m in members)
        if members and not camel_fits and all(pascal_rule(field_ident(m)) == m for m in members):
            return "PascalCase"
        return None

    def fields(self, shape_name, owner):
        """The fields of structure `shape_name`, declared inside Rust struct `owner` (the shape
        itself, or an operation whose input it is)."""
        shape = self.shapes[shape_name]
        required = set(shape.get("required", []))
        default_name = pascal_rule if self.rename_all(shape_name) else camel
        out = ""
        for member, spec in shape.get("members", {}).items():
            target = spec["shape"]
            ty = self.rust_type(target)
            target_shape = self.shapes[target]
            if target_shape["type"] == "structure" and not target_shape.get("document") and (
                target == owner or self.reaches(target, owner)
            ):
                ty = f"::std::boxed::Box<{ty}>"
            attrs = []
            ident = field_ident(member)
            if default_name(ident) != member:
                attrs.append(f"name = {json.dumps(member)}")
            if spec.get("hostLabel"):
                attrs.append("host_label")
            if spec.get("idempotencyToken"):
                attrs.append("idempotency_token")
            if self.rest:
                location = spec.get("location")
                if location in ("querystring", "header") and target_shape["type"] == "map":
                    attrs.append("http_query_params")
                elif location in ("querystring", "header", "headers"):
                    attrs.append(f"{LOCATIONS[location]} = {json.dumps(spec.get('locationName', member))}")
                elif location in ("uri", "statusCode"):
                    attrs.append(LOCATIONS[location])
                elif shape.get("payload") == member:
                    attrs.append("http_payload")
                elif not self.rest_xml and "locationName" in spec and spec["locationName"] != member:
                    attrs.append(f"json_name = {json.dumps(spec['locationName'])}")
                if spec.get("jsonvalue"):
                    attrs.append('media_type = "application/json"')
                if location == "uri" and member not in required:
                    attrs.append("required")
            # A bound member's `locationName` is its header, query key or label, not an element.
            if self.xml and not (self.rest and spec.get("location")):
                attrs += self.xml_attrs(member, spec, target_shape)
            fmt = spec.get("timestampFormat") or target_shape.get("timestampFormat")
            # Epoch seconds is the JSON body's default only: a bound member says it, and so
            # does every member of the XML protocols, whose default is date-time.
            bound = self.rest and spec.get("location") in ("uri", "querystring", "header")
            if target_shape["type"] == "timestamp" and fmt and (fmt != "unixTimestamp" or bound or self.xml):
                attrs.append(f'timestamp_format = "{TIMESTAMP_FORMATS[fmt]}"')
            if member not in required:
                ty = f"::core::option::Option<{ty}>"
            out += doc(f"`{member}`: `{target}`.", "    ")
            if attrs:
                out += f"    #[aws({', '.join(attrs)})]\n"
            out += f"    pub {ident}: {ty},\n"
        return out

    def xml_attrs(self, member, spec, target_shape):
        """The XML and query keys of a member: its element name, flattening, namespace, and the
        names of its list's items or its map's keys and values (which the model puts on the
        target)."""
        attrs = []
        # botocore's restXml models give most members a `locationName` that is the member's name
        # (a payload member's included, whose element is otherwise its target's): only another
        # name is an `xmlName`.
        if "locationName" in spec and not (self.rest_xml and spec["locationName"] == member):
            attrs.append(f"xml_name = {json.dumps(spec['locationName'])}")
        if spec.get("queryName"):
            attrs.append(f"ec2_query_name = {json.dumps(spec['queryName'])}")
        if spec.get("xmlAttribute"):
            attrs.append("xml_attribute")
        if spec.get("flattened") or target_shape.get("flattened"):
            attrs.append("xml_flattened")
        if target_shape["type"] == "list" and "locationName" in target_shape["member"]:
            attrs.append(f"xml_item_name = {json.dumps(target_shape['member']['locationName'])}")
        if target_shape["type"] == "map":
            for part, key in (("key", "xml_key_name"), ("value", "xml_value_name")):
                if "locationName" in target_shape[part]:
                    attrs.append(f"{key} = {json.dumps(target_shape[part]['locationName'])}")
        if self.rest_xml:
            # A structure or union says its own namespace (`#[aws_shape]`); a list's, a map's or
            # a scalar's is the member's.
            namespace = spec.get("xmlNamespace")
            if namespace is None and target_shape["type"] != "structure":
                namespace = target_shape.get("xmlNamespace")
            if namespace is not None:
                attrs.append(namespace_key(namespace))
            attrs += self.nested_attrs(target_shape)
        return attrs

    def part_attrs(self, ref):
        """The XML keys of a list's items or a map's values, `ref` being the list's `member` or
        the map's `value`: their namespace, and a nested list's or map's own names."""
        target = self.shapes[ref["shape"]]
        attrs = []
        namespace = ref.get("xmlNamespace")
        if namespace is None and target["type"] in ("list", "map"):
            namespace = target.get("xmlNamespace")
        if namespace is not None:
            attrs.append(namespace_key(namespace))
        if target["type"] in ("list", "map"):
            if target["type"] == "list" and "locationName" in target["member"]:
                attrs.append(f"xml_item_name = {json.dumps(target['member']['locationName'])}")
            if target["type"] == "map":
                for part, key in (("key", "xml_key_name"), ("value", "xml_value_name")):
                    if "locationName" in target[part]:
                        attrs.append(f"{key} = {json.dumps(target[part]['locationName'])}")
            attrs += self.nested_attrs(target)
        return attrs

    def nested_attrs(self, target_shape):
        """`xml_items(...)` and `xml_keys(...)`: what a list's items, a map's values or a map's
        keys say of their own XML."""
        attrs = []
        if target_shape["type"] == "list":
            items = self.part_attrs(target_shape["member"])
            if items:
                attrs.append(f"xml_items({', '.join(items)})")
        if target_shape["type"] == "map":
            values = self.part_attrs(target_shape["value"])
            if values:
                attrs.append(f"xml_items({', '.join(values)})")
            if "xmlNamespace" in target_shape["key"]:
                attrs.append(f"xml_keys({namespace_key(target_shape['key']['xmlNamespace'])})")
        return attrs

    def shape_xml_args(self, name):
        """The `#[aws_shape]` keys of a restXml structure or union: its element as a document's
        root (a payload, a body), and its namespace wherever it is written."""
        shape = self.shapes[name]
        args = []
        if not self.rest_xml:
            return args
        if "locationName" in shape:
            args.append(f"xml_name = {json.dumps(shape['locationName'])}")
        elif pascal(name) != name:
            args.append(f"xml_name = {json.dumps(name)}")
        if "xmlNamespace" in shape:
            args.append(namespace_key(shape["xmlNamespace"]))
        return args

    def shape_item(self, name):
        shape = self.shapes[name]
        rust = pascal(name)
        if shape["type"] == "string":
            out = doc(f"String enum `{name}`.")
            out += "#[aws_shape(enum)]\n#[derive(Debug, Clone, PartialEq, Eq)]\n"
            out += f"pub enum {rust} {{\n"
            for value in shape["enum"]:
                out += doc(f"`{value}`", "    ")
                out += f"    #[aws(value = {json.dumps(value)})]\n"
                out += f"    {variant_ident(value)},\n"
            out += "    /// A value this client does not know.\n"
            out += "    Unknown(::std::string::String),\n}\n"
            return out
        if shape.get("union"):
            out = doc(f"Union `{name}`.")
            out += f"#[aws_shape({', '.join(['union'] + self.shape_xml_args(name))})]\n#[derive(Debug)]\n"
            out += f"pub enum {rust} {{\n"
            for member, spec in shape["members"].items():
                ty = self.rust_type(spec["shape"])
                if self.reaches(spec["shape"], name) or spec["shape"] == name:
                    ty = f"::std::boxed::Box<{ty}>"
                attrs = []
                target = self.shapes[spec["shape"]]
                fmt = target.get("timestampFormat")
                if target["type"] == "timestamp" and fmt and fmt != "unixTimestamp":
                    raise ValueError("timestamp formats on union members are not supported")
                variant = pascal(member)
                if camel(variant) != member:
                    attrs.append(f"name = {json.dumps(member)}")
                if self.rest and not self.rest_xml and "locationName" in spec and spec["locationName"] != member:
                    attrs.append(f"json_name = {json.dumps(spec['locationName'])}")
                if self.xml:
                    attrs += self.xml_attrs(member, spec, target)
                out += doc(f"`{member}`: `{spec['shape']}`.", "    ")
                if attrs:
                    out += f"    #[aws({', '.join(attrs)})]\n"
                out += f"    {variant}({ty}),\n"
            out += "    /// A member this client does not know.\n"
            out += "    Unknown(::aws_operation::UnknownMember),\n}\n"
            return out
        args = []
        if shape.get("exception"):
            args.append("error")
            if shape.get("fault"):
                args.append('fault = "server"')
            error = shape.get("error", {})
            if "code" in error:
                key = "query_code" if "awsQueryCompatible" in self.metadata else "code"
                args.append(f"{key} = {json.dumps(error['code'])}")
            if "httpStatusCode" in error:
                args.append(f"status = {error['httpStatusCode']}")
        if self.rename_all(name):
            args.append('rename_all = "PascalCase"')
        if not shape.get("exception"):
            args += self.shape_xml_args(name)
        out = doc(f"{'Error' if shape.get('exception') else 'Structure'} `{name}`.")
        out += f"#[aws_shape({', '.join(args)})]\n" if args else "#[aws_shape]\n"
        out += f"pub struct {rust} {{\n{self.fields(name, name)}}}\n"
        return out

    def service_name(self):
        if self.metadata["protocol"] in SERVICE_PREFIXES:
            return f"{SERVICE_PREFIXES[self.metadata['protocol']]}Service{self.index:02}"
        return pascal(self.metadata["targetPrefix"])

    def root_args(self, given):
        """The `aws_operation` keys of a restXml input's root element (the body of its unbound
        members): the input structure's own `locationName`, else the operation's, else the
        structure's name; its namespace likewise."""
        if not self.rest_xml or "input" not in given:
            return []
        name = given["input"]["shape"]
        shape = self.shapes[name]
        body = [
            m
            for m, spec in shape.get("members", {}).items()
            if "location" not in spec and shape.get("payload") != m
        ]
        args = []
        root = shape.get("locationName") or given["input"].get("locationName") or (name if body else None)
        if root is not None:
            args.append(f"xml_name = {json.dumps(root)}")
        namespace = shape.get("xmlNamespace") or given["input"].get("xmlNamespace")
        if namespace is not None:
            args.append(namespace_key(namespace))
        return args

    def render(self):
        meta = self.metadata
        service = self.service_name()
        protocol = PROTOCOLS.get(meta["protocol"]) or {"1.0": "awsJson1_0", "1.1": "awsJson1_1"}[meta["jsonVersion"]]
        items = []
        runners = []
        operation_structs = set()
        for name, given in self.operations.items():
            op_struct = pascal(name)
            if op_struct in {pascal(s) for s in self.shapes}:
                op_struct += "Call"
            operation_structs.add(op_struct)
            if "output" in given:
                output = pascal(given["output"]["shape"])
                self.use(given["output"]["shape"])
            else:
                output = f"{op_struct}Output"
                items.append(doc(f"The output of `{name}`, which the model leaves empty.") + f"#[aws_shape]\npub struct {output} {{}}\n")
            errors = []
            for error in given.get("errors", []):
                self.use(error["shape"])
                errors.append(pascal(error["shape"]))
            args = [f"service = {service}", f"operation = {json.dumps(name)}", f"output = {output}"]
            if errors:
                args.append(f"errors = [{', '.join(errors)}]")
            if "endpoint" in given:
                args.append(f"host_prefix = {json.dumps(given['endpoint']['hostPrefix'])}")
            if "input" in given and self.rename_all(given["input"]["shape"]):
                args.append('rename_all = "PascalCase"')
            if self.rest:
                http = given["http"]
                args.append(f'http(method = {json.dumps(http["method"])}, uri = {json.dumps(http["requestUri"])}, code = {http.get("responseCode", 200)})')
            if given.get("httpChecksumRequired"):
                args.append("http_checksum_required")
            if self.requests and "input" not in given:
                args.append("no_input")
            if "requestcompression" in given:
                encodings = given["requestcompression"]["encodings"]
                assert encodings == ["gzip"], encodings
                args.append('request_compression = "gzip"')
            args += self.root_args(given)
            fields = self.fields(given["input"]["shape"], op_struct) if "input" in given else ""
            item = doc(f"Operation `{name}`" + (f", its input `{given['input']['shape']}`." if "input" in given else ", without input."))
            item += f"#[aws_operation({', '.join(args)})]\npub struct {op_struct} {{\n{fields}}}\n"
            items.append(item)
            runners.append((name, op_struct))
        # Shapes, including those only reached from other shapes.
        declared = 0
        shape_items = []
        while declared < len(self.emitted):
            shape_items.append(self.shape_item(self.emitted[declared]))
            declared += 1
        prefix = meta.get("targetPrefix") or SERVICE_PREFIXES[meta["protocol"]]
        attrs = [
            f'id = {json.dumps(meta.get("serviceId", prefix))}',
            f'protocol = "{protocol}"',
        ]
        if meta["protocol"] not in SERVICE_PREFIXES:
            attrs.append(f'target_prefix = {json.dumps(prefix)}')
        attrs += [
            f'signing_name = {json.dumps(meta.get("signingName", prefix.lower()))}',
            f'api_version = {json.dumps(meta["apiVersion"])}',
            f'endpoint_rules = "{RULES}"',
        ]
        if "awsQueryCompatible" in meta:
            attrs.append("query_compatible")
        body = doc(f"The fake service of the suite (`{prefix}`).")
        body += f"#[aws_service({', '.join(attrs)})]\npub struct {service};\n\n"
        body += "\n".join(items + shape_items)
        # restXml and rpcv2Cbor have no server side yet: their cases run through the client alone.
        run = "run_client" if self.rest_xml or self.cbor else "run"
        ops = ", ".join(f"({json.dumps(name)}, crate::protocol::{run}::<{struct}> as Runner)" for name, struct in runners)
        body += "\n/// The suite's description and its operations by name.\n"
        body += f"pub fn suite() -> Suite {{\n    Suite {{ description: {json.dumps(self.suite['description'])}, operations: vec![{ops}] }}\n}}\n"
        return body


def module(path):
    with open(os.path.join(VECTORS, path)) as f:
        suites = json.load(f)
    out = [
        f"//! Generated by `tests/conformance/generate.py` from `tests/fixtures/conformance/protocols/{path}`:\n"
        "//! one module per suite, each a fake service declared with the real macros. Do not edit;\n"
        "//! rerun the script (see its header).\n\n",
        # A file without suites (botocore ships one as `[]`) names no runner.
        "use crate::protocol::{Runner, Suite};\n" if suites else "use crate::protocol::Suite;\n",
    ]
    names = []
    for index, raw in enumerate(suites):
        suite = Suite(raw, index, path.startswith("input/"))
        name = f"suite_{index:02}_{snake(next(iter(suite.operations)))}"
        names.append(name)
        out.append(f"\n{doc(raw['description'])}pub mod {name} {{\n")
        out.append("    use super::{Runner, Suite};\n    use aws_operation::{aws_operation, aws_service, aws_shape};\n\n")
        for line in suite.render().splitlines():
            out.append(f"    {line}\n" if line else "\n")
        out.append("}\n")
    out.append(f"\n/// The file of the vectors, under `tests/fixtures/conformance/protocols/`.\npub const FILE: &str = {json.dumps(path)};\n")
    out.append("\n/// Every suite of the file, in file order.\npub fn suites() -> Vec<Suite> {\n")
    out.append(f"    vec![{', '.join(f'{n}::suite()' for n in names)}]\n}}\n")
    return "".join(out)


def main():
    os.makedirs(OUT, exist_ok=True)
    mods = []
    for name, path in FILES:
        with open(os.path.join(OUT, f"{name}.rs"), "w") as f:
            f.write(module(path))
        mods.append(name)
    with open(os.path.join(OUT, "mod.rs"), "w") as f:
        f.write(
            "//! Generated by `tests/conformance/generate.py`: the shapes of every protocol suite, as\n"
            "//! annotated Rust that the real macros compile. Do not edit; rerun the script.\n\n"
            "#![allow(missing_docs)]\n\n"
        )
        for name in mods:
            f.write(f"pub mod {name};\n")
    print(f"wrote {len(mods)} modules to {os.path.relpath(OUT, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
