//! Tags on any of the four resources, by ARN: added or replaced by key, removed by key, listed
//! in the order their keys were first set.

use aws_operation_partnercentral_channel::tags::{
    ListTagsForResource, ListTagsForResourceOutput, Tag, TagResource, TagResourceOutput, UntagResource,
    UntagResourceOutput,
};

use super::store::{Failure, Kind, Store, id_of, merge_tags};

impl Store {
    /// The tags of the resource `arn` names; only its exact ARN names it.
    fn tags_mut(&mut self, arn: &str) -> Result<&mut Vec<Tag>, Failure> {
        let id = id_of(arn);
        let (kind, tags) = match id.split('-').next() {
            Some("pma") => {
                (Kind::ProgramManagementAccount, self.pmas.get_mut(id).filter(|r| r.arn == arn).map(|r| &mut r.tags))
            }
            Some("rs") => {
                (Kind::Relationship, self.relationships.get_mut(id).filter(|r| r.arn == arn).map(|r| &mut r.tags))
            }
            Some("ch") => {
                (Kind::ChannelHandshake, self.handshakes.get_mut(id).filter(|r| r.arn == arn).map(|r| &mut r.tags))
            }
            _ => (Kind::ChannelContract, self.contracts.get_mut(id).filter(|r| r.arn == arn).map(|r| &mut r.tags)),
        };
        tags.ok_or_else(|| Failure::not_found(kind, arn))
    }

    pub(crate) fn list_tags_for_resource(
        &mut self,
        input: ListTagsForResource,
    ) -> Result<ListTagsForResourceOutput, Failure> {
        let tags = self.tags_mut(&input.resource_arn)?;
        Ok(ListTagsForResourceOutput { tags: Some(tags.clone()) })
    }

    pub(crate) fn tag_resource(&mut self, input: TagResource) -> Result<TagResourceOutput, Failure> {
        merge_tags(self.tags_mut(&input.resource_arn)?, input.tags);
        Ok(TagResourceOutput {})
    }

    pub(crate) fn untag_resource(&mut self, input: UntagResource) -> Result<UntagResourceOutput, Failure> {
        self.tags_mut(&input.resource_arn)?.retain(|tag| !input.tag_keys.contains(&tag.key));
        Ok(UntagResourceOutput {})
    }
}
