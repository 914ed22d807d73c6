//! Project push rules.

use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::PushRule;

/// Get the push rules of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/push_rule",
    tag = "Projects",
    response = PushRule,
    example = "projects/push_rule_get.json",
)]
pub struct GetProjectPushRules {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Set up push rules for a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/push_rule",
    tag = "Projects",
    response = PushRule,
    example = "projects/push_rule_add.json",
)]
pub struct AddProjectPushRule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Pattern every commit author's email has to match.
    pub author_email_regex: Option<String>,
    /// Pattern every pushed branch name has to match.
    pub branch_name_regex: Option<String>,
    /// Accept only commits whose committer email is one of the pusher's verified emails.
    pub commit_committer_check: Option<bool>,
    /// Pattern no commit message may match.
    pub commit_message_negative_regex: Option<String>,
    /// Pattern every commit message has to match.
    pub commit_message_regex: Option<String>,
    /// Refuse to remove tags.
    pub deny_delete_tag: Option<bool>,
    /// Pattern no committed file name may match.
    pub file_name_regex: Option<String>,
    /// Largest file accepted, in megabytes.
    pub max_file_size: Option<u64>,
    /// Accept only commits whose author email belongs to a GitLab user.
    pub member_check: Option<bool>,
    /// Refuse files that look like they hold secrets.
    pub prevent_secrets: Option<bool>,
    /// Refuse commits without a GPG signature.
    pub reject_unsigned_commits: Option<bool>,
}

/// Change the push rules of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/push_rule",
    tag = "Projects",
    response = PushRule,
    example = "projects/push_rule_edit.json",
)]
pub struct EditProjectPushRule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Pattern every commit author's email has to match.
    pub author_email_regex: Option<String>,
    /// Pattern every pushed branch name has to match.
    pub branch_name_regex: Option<String>,
    /// Accept only commits whose committer email is one of the pusher's verified emails.
    pub commit_committer_check: Option<bool>,
    /// Pattern no commit message may match.
    pub commit_message_negative_regex: Option<String>,
    /// Pattern every commit message has to match.
    pub commit_message_regex: Option<String>,
    /// Refuse to remove tags.
    pub deny_delete_tag: Option<bool>,
    /// Pattern no committed file name may match.
    pub file_name_regex: Option<String>,
    /// Largest file accepted, in megabytes.
    pub max_file_size: Option<u64>,
    /// Accept only commits whose author email belongs to a GitLab user.
    pub member_check: Option<bool>,
    /// Refuse files that look like they hold secrets.
    pub prevent_secrets: Option<bool>,
    /// Refuse commits without a GPG signature.
    pub reject_unsigned_commits: Option<bool>,
}

/// Remove the push rules of a project.
///
/// Safe to repeat.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(delete, "/projects/{id}/push_rule", tag = "Projects", response = ())]
pub struct DeleteProjectPushRule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Every endpoint of this part of the page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::super::describe![
        GetProjectPushRules,
        AddProjectPushRule,
        EditProjectPushRule,
        DeleteProjectPushRule
    ]
}
