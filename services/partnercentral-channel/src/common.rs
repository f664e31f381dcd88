//! Shapes shared by several resources.

use aws_operation::aws_shape;

/// The order of sorted results.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SortOrder {
    /// `Ascending`
    #[aws(value = "Ascending")]
    Ascending,
    /// `Descending`
    #[aws(value = "Descending")]
    Descending,
    /// A value this client does not know yet.
    Unknown(String),
}
