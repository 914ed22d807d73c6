//! Group push rules (GitLab 13.4 and later, paid tiers).

use gitlab_endpoint::{Endpoint, IdOrPath, Params};

use crate::models::GroupPushRule;

/// Get the push rules of a group (owners and administrators).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/push_rule",
    tag = "Groups",
    response = GroupPushRule,
    example = "groups/get_group_push_rules.json",
)]
pub struct GetGroupPushRules {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// The checks of a group's push rules: shared by setting them up and changing them.
///
/// At least one of them has to be given.
#[derive(Debug, Clone, Default, Params)]
pub struct GroupPushRuleSettings {
    /// Refuse to remove tags.
    pub deny_delete_tag: Option<bool>,
    /// Accept only commits whose author email belongs to a GitLab user.
    pub member_check: Option<bool>,
    /// Refuse files that look like they hold secrets.
    pub prevent_secrets: Option<bool>,
    /// Pattern every commit message has to match (`Fixed \d+\..*`).
    pub commit_message_regex: Option<String>,
    /// Pattern no commit message may match (`ssh\:\/\/`).
    pub commit_message_negative_regex: Option<String>,
    /// Pattern every pushed branch name has to match (`(feature|hotfix)\/*`).
    pub branch_name_regex: Option<String>,
    /// Pattern every commit author's email has to match (`@my-company.com$`).
    pub author_email_regex: Option<String>,
    /// Pattern no committed file name may match (`(jar|exe)$`).
    pub file_name_regex: Option<String>,
    /// Largest file accepted, in megabytes.
    pub max_file_size: Option<u64>,
    /// Accept only commits whose committer email is one of the pusher's verified emails
    /// (Premium and higher).
    pub commit_committer_check: Option<bool>,
    /// Refuse commits without a GPG signature (Premium and higher).
    pub reject_unsigned_commits: Option<bool>,
}

/// Set up push rules for a group (owners and administrators).
///
/// A group that already has push rules answers `422`: change them instead.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/groups/{id}/push_rule",
    tag = "Groups",
    response = GroupPushRule,
    example = "groups/add_group_push_rule.json",
)]
pub struct AddGroupPushRule {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The checks to run on pushes.
    #[param(flatten)]
    pub settings: GroupPushRuleSettings,
}

/// Change the push rules of a group (owners and administrators).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/groups/{id}/push_rule",
    tag = "Groups",
    response = GroupPushRule,
    example = "groups/edit_group_push_rule.json",
)]
pub struct EditGroupPushRule {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// The checks to change; the others are left as they are.
    #[param(flatten)]
    pub settings: GroupPushRuleSettings,
}

/// Remove the push rules of a group (owners and administrators).
#[derive(Debug, Clone, Endpoint)]
#[endpoint(delete, "/groups/{id}/push_rule", tag = "Groups", response = ())]
pub struct DeleteGroupPushRule {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Every endpoint of this part of the page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::super::describe![
        GetGroupPushRules,
        AddGroupPushRule,
        EditGroupPushRule,
        DeleteGroupPushRule
    ]
}
