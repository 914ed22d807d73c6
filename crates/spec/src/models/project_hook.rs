//! Project hooks and push rules.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A webhook registered on a project: where GitLab posts, and which events make it post.
///
/// The secret token set when creating or editing the hook is never sent back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectHook {
    /// Numeric ID of the hook.
    pub id: u64,
    /// Address the hook calls.
    pub url: String,
    /// Numeric ID of the project the hook belongs to.
    pub project_id: u64,
    /// Fires on pushes.
    pub push_events: bool,
    /// Branch name or wildcard limiting which pushes fire the hook; empty or null means all
    /// branches.
    pub push_events_branch_filter: Option<String>,
    /// Fires on issue events.
    pub issues_events: bool,
    /// Fires on events of confidential issues.
    pub confidential_issues_events: bool,
    /// Fires on merge request events.
    pub merge_requests_events: bool,
    /// Fires on tag pushes.
    pub tag_push_events: bool,
    /// Fires on comments.
    pub note_events: bool,
    /// Fires on comments on confidential items.
    pub confidential_note_events: bool,
    /// Fires on CI job events.
    pub job_events: bool,
    /// Fires on pipeline events.
    pub pipeline_events: bool,
    /// Fires on wiki page events.
    pub wiki_page_events: bool,
    /// Fires on deployment events.
    pub deployment_events: bool,
    /// Fires on release events.
    pub releases_events: bool,
    /// Whether GitLab checks the TLS certificate of the hook's address.
    pub enable_ssl_verification: bool,
    /// When the hook was created.
    pub created_at: DateTime<Utc>,
}

/// The push rules of a project: checks GitLab runs on every push to its repository.
///
/// A regular expression field that was never set is empty or null.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct PushRule {
    /// Numeric ID of the push rule.
    pub id: u64,
    /// Numeric ID of the project the rule applies to.
    pub project_id: u64,
    /// Pattern every commit message has to match.
    pub commit_message_regex: Option<String>,
    /// Pattern no commit message may match.
    pub commit_message_negative_regex: Option<String>,
    /// Pattern every pushed branch name has to match.
    pub branch_name_regex: Option<String>,
    /// Whether removing tags is refused.
    pub deny_delete_tag: Option<bool>,
    /// When the rule was created.
    pub created_at: DateTime<Utc>,
    /// Whether commit authors have to be existing GitLab users (matched by email).
    pub member_check: bool,
    /// Whether files that look like they hold secrets are refused.
    pub prevent_secrets: bool,
    /// Pattern every commit author's email has to match.
    pub author_email_regex: Option<String>,
    /// Pattern no committed file name may match.
    pub file_name_regex: Option<String>,
    /// Largest file accepted, in megabytes; 0 means no limit.
    pub max_file_size: u64,
    /// Whether the committer email has to be one of the pusher's verified emails (Premium and
    /// higher only).
    pub commit_committer_check: Option<bool>,
    /// Whether commits without a GPG signature are refused (Premium and higher only).
    pub reject_unsigned_commits: Option<bool>,
}
