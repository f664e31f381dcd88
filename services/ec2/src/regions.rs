//! Regions: `DescribeRegions`, the Regions EC2 is offered in, with their endpoints and opt-in
//! status.

use aws_operation::{aws_operation, aws_shape};

use crate::Ec2;
use crate::filters::Filter;

/// Describes the Regions that are enabled for your account, or all Regions.
#[aws_operation(
    service = Ec2,
    operation = "DescribeRegions",
    fluent,
    output = DescribeRegionsOutput,
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct DescribeRegions {
    /// The names of the Regions.
    #[aws(xml_name = "RegionName", xml_item_name = "RegionName")]
    pub region_names: Option<Vec<String>>,
    /// Indicates whether to display all Regions, including Regions that are disabled for your
    /// account.
    pub all_regions: Option<bool>,
    /// Checks whether you have the required permissions for the action, without actually making the
    /// request, and provides an error response.
    #[aws(xml_name = "dryRun")]
    pub dry_run: Option<bool>,
    /// The filters.
    #[aws(xml_name = "Filter", xml_item_name = "Filter")]
    pub filters: Option<Vec<Filter>>,
}

/// The output of `DescribeRegions`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct DescribeRegionsOutput {
    /// Information about the Regions.
    #[aws(xml_name = "regionInfo", xml_item_name = "item")]
    pub regions: Option<Vec<Region>>,
}

/// Describes a Region.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Region {
    /// The Region opt-in status.
    #[aws(xml_name = "optInStatus")]
    pub opt_in_status: Option<String>,
    /// The geography information for the Region.
    #[aws(xml_name = "geographySet", xml_item_name = "item")]
    pub geography: Option<Vec<RegionGeography>>,
    /// The name of the Region.
    #[aws(xml_name = "regionName")]
    pub region_name: Option<String>,
    /// The Region service endpoint.
    #[aws(xml_name = "regionEndpoint")]
    pub endpoint: Option<String>,
}

/// Describes the geography information for a Region.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct RegionGeography {
    /// The name of the geography, for example, `United States of America`.
    #[aws(xml_name = "name")]
    pub name: Option<String>,
}
