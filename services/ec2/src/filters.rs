//! Filters: the name-and-values conditions the `Describe*` operations narrow their results by.

use aws_operation::aws_shape;

/// A filter name and value pair that is used to return a more specific list of results from a
/// describe operation.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Filter {
    /// The name of the filter.
    pub name: Option<String>,
    /// The filter values.
    #[aws(xml_name = "Value", xml_item_name = "item")]
    pub values: Option<Vec<String>>,
}
