//! Tags on functions, by their unqualified ARN: added or replaced by key, removed by key, listed
//! in key order. The stand-in has none of the other taggable resources.

use std::collections::BTreeMap;

use aws_operation_lambda::{
    ListTags, ListTagsOutput, TagResource, TagResourceOutput, UntagResource, UntagResourceOutput,
};

use super::store::{Failure, Store};

impl Store {
    /// The tags of the resource `arn` names, for `action`.
    fn tags_mut(&mut self, action: &str, arn: &str) -> Result<&mut BTreeMap<String, String>, Failure> {
        // `arn:partition:lambda:region:account:type:id(:qualifier)`, as the model's pattern has it.
        let parts: Vec<&str> = arn.split(':').collect();
        let &[_, _, _, region, account, kind, ref id @ ..] = parts.as_slice() else {
            return Err(Failure::NotFound(format!("The resource you requested does not exist: {arn}")));
        };
        self.check_scope(action, Some(region), Some(account), || arn.to_owned())?;
        match (kind, id) {
            ("function", [name]) => {
                let missing = Failure::NotFound(format!("Function not found: {arn}"));
                self.functions.get_mut(*name).map(|f| &mut f.tags).ok_or(missing)
            }
            ("function", _) => Err(Failure::InvalidParameter(
                "Tags on function aliases and versions are not supported. Please specify a function ARN.".to_owned(),
            )),
            _ => Err(Failure::NotFound(format!("The resource you requested does not exist: {arn}"))),
        }
    }

    pub(crate) fn tag_resource(&mut self, input: TagResource) -> Result<TagResourceOutput, Failure> {
        self.tags_mut("lambda:TagResource", &input.resource)?.extend(input.tags);
        Ok(TagResourceOutput {})
    }

    pub(crate) fn list_tags(&mut self, input: ListTags) -> Result<ListTagsOutput, Failure> {
        let tags = self.tags_mut("lambda:ListTags", &input.resource)?;
        Ok(ListTagsOutput { tags: Some(tags.clone()) })
    }

    pub(crate) fn untag_resource(&mut self, input: UntagResource) -> Result<UntagResourceOutput, Failure> {
        let tags = self.tags_mut("lambda:UntagResource", &input.resource)?;
        for key in &input.tag_keys {
            tags.remove(key);
        }
        Ok(UntagResourceOutput {})
    }
}
