//! The classic regional endpoint of a service declared without a rule set:
//! `https://{endpoint_prefix}.{region}.{dnsSuffix}` from the partition table, with the FIPS
//! (`{prefix}-fips.`) and dual-stack (the partition's dual-stack suffix) variants, as the AWS
//! SDKs build it for services whose rules are the standard regional ones.

use super::{EndpointError, partition};

/// The endpoint URL of the service with `prefix` in `region`.
pub fn classic_endpoint(prefix: &str, region: &str, fips: bool, dual_stack: bool) -> Result<String, EndpointError> {
    if region.is_empty() || !region.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(EndpointError::RuleError(format!("Invalid Configuration: `{region}` is not a region")));
    }
    let partition = partition(region);
    if fips && !partition.supports_fips {
        return Err(EndpointError::RuleError(format!(
            "FIPS is enabled but the partition `{}` does not support FIPS",
            partition.name
        )));
    }
    if dual_stack && !partition.supports_dual_stack {
        return Err(EndpointError::RuleError(format!(
            "DualStack is enabled but the partition `{}` does not support DualStack",
            partition.name
        )));
    }
    let host = if fips { format!("{prefix}-fips") } else { prefix.to_owned() };
    let suffix = if dual_stack { &partition.dual_stack_dns_suffix } else { &partition.dns_suffix };
    Ok(format!("https://{host}.{region}.{suffix}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regional_fips_and_dual_stack_hosts() {
        assert_eq!(
            classic_endpoint("lambda", "us-east-1", false, false).unwrap(),
            "https://lambda.us-east-1.amazonaws.com"
        );
        assert_eq!(
            classic_endpoint("lambda", "us-east-1", true, true).unwrap(),
            "https://lambda-fips.us-east-1.api.aws"
        );
        assert_eq!(
            classic_endpoint("lambda", "cn-north-1", false, false).unwrap(),
            "https://lambda.cn-north-1.amazonaws.com.cn"
        );
        assert_eq!(
            classic_endpoint("sso", "us-gov-west-1", true, false).unwrap(),
            "https://sso-fips.us-gov-west-1.amazonaws.com"
        );
        assert_eq!(
            classic_endpoint("lambda", "cn-north-1", false, true).unwrap(),
            "https://lambda.cn-north-1.api.amazonwebservices.com.cn"
        );
        assert!(classic_endpoint("lambda", "bad/region", false, false).is_err());
    }
}
