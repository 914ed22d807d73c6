//! Groups: the group entity (as lists show it, as other entities embed it, and in its detailed
//! form), with the hooks, LDAP links and push rules of the groups page.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{AccessLevel, CustomAttribute, Project, ProjectVisibility};

/// Who may create projects in a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GroupProjectCreationLevel {
    /// Nobody.
    Noone,
    /// Maintainers and owners.
    Maintainer,
    /// Developers, maintainers and owners.
    Developer,
}

/// Who may create subgroups in a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GroupSubgroupCreationLevel {
    /// Owners only.
    Owner,
    /// Maintainers and owners.
    Maintainer,
}

integer_enum! {
    /// How the default branch of a group's new projects is protected, sent as its number.
    pub enum GroupDefaultBranchProtection (
        "default branch protection",
        "Default branch protection: 0 none, 1 partial (developers may push, not force-push or delete), 2 full (only maintainers push), 3 protected against pushes (developers may still merge), 4 full protection after the first push."
    ) {
        /// `0`: no protection; developers may push, force-push and delete the branch.
        Unprotected = 0,
        /// `1`: developers may push new commits, but not force-push or delete.
        Partial = 1,
        /// `2`: only maintainers may push.
        Full = 2,
        /// `3`: nobody pushes directly; developers and maintainers may merge.
        PushesForbidden = 3,
        /// `4`: full protection once the first push has been made.
        FullAfterInitialPush = 4,
    }
}

/// Storage used by a group's projects, in bytes (administrators, `statistics=true`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GroupStatistics {
    /// Everything together.
    pub storage_size: u64,
    /// Git repositories.
    pub repository_size: u64,
    /// Wiki repositories.
    pub wiki_size: u64,
    /// LFS objects.
    pub lfs_objects_size: u64,
    /// Job artifacts.
    pub job_artifacts_size: u64,
    /// Pipeline artifacts.
    pub pipeline_artifacts_size: u64,
    /// Package registry.
    pub packages_size: u64,
    /// Snippets.
    pub snippets_size: u64,
    /// Uploaded attachments.
    pub uploads_size: u64,
}

/// A group that a group is shared with, as the shared group's details list it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct SharedGroupWithGroup {
    /// Numeric ID of the group given access.
    pub group_id: u64,
    /// Its name.
    pub group_name: String,
    /// Its full path.
    pub group_full_path: String,
    /// Role its members get in the shared group.
    pub group_access_level: AccessLevel,
    /// Day the share ends; `null` when it does not.
    pub expires_at: Option<NaiveDate>,
}

/// A group.
///
/// Lists of groups and entities that embed a group (approval rules, ...) carry the list form:
/// everything up to `marked_for_deletion_on`. Getting, creating, editing, transferring,
/// sharing or restoring one group answers the detailed form, which adds the fields from
/// `shared_with_groups` on (`projects` and `shared_projects` are deprecated and limited to 100
/// projects each). Embedded copies made by older GitLab versions carry fewer settings, and
/// some settings depend on the tier or on the caller's role, so everything past the identity,
/// the paths and the visibility is optional.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Group {
    /// Numeric group ID.
    pub id: u64,
    /// Display name.
    pub name: String,
    /// Last part of the group's URL path.
    pub path: String,
    /// Free-text description (empty when none was given).
    pub description: String,
    /// Who can see the group (same levels as projects).
    pub visibility: ProjectVisibility,
    /// Whether projects of the group may not be shared with other groups.
    pub share_with_group_lock: Option<bool>,
    /// Whether members must set up two-factor authentication.
    pub require_two_factor_authentication: Option<bool>,
    /// Hours members have to set up two-factor authentication once it is required.
    pub two_factor_grace_period: Option<u64>,
    /// Who may create projects in the group.
    pub project_creation_level: Option<GroupProjectCreationLevel>,
    /// Whether projects default to the Auto DevOps pipeline; `null` when inherited.
    pub auto_devops_enabled: Option<bool>,
    /// Who may create subgroups.
    pub subgroup_creation_level: Option<GroupSubgroupCreationLevel>,
    /// Whether email notifications are turned off; `null` when never set.
    pub emails_disabled: Option<bool>,
    /// Whether the group cannot be mentioned; `null` when never set.
    pub mentions_disabled: Option<bool>,
    /// Whether Git LFS is on for the group's projects.
    pub lfs_enabled: Option<bool>,
    /// Default protection of new projects' default branches.
    pub default_branch_protection: Option<GroupDefaultBranchProtection>,
    /// URL of the avatar image; `null` when the group has none.
    pub avatar_url: Option<String>,
    /// Address of the group in the web interface.
    pub web_url: String,
    /// Whether users may ask to become members.
    pub request_access_enabled: bool,
    /// Names of the group and its ancestors, joined with ` / `.
    pub full_name: String,
    /// Full URL path of the group, ancestors included (`parent/child`).
    pub full_path: String,
    /// Project whose files serve as the group's file templates (paid tiers).
    pub file_template_project_id: Option<u64>,
    /// ID of the parent group; `null` for a top-level group.
    pub parent_id: Option<u64>,
    /// When the group was created.
    pub created_at: Option<DateTime<Utc>>,
    /// Common name of the linked LDAP group (paid tiers); `null` when not linked.
    pub ldap_cn: Option<String>,
    /// Access level given to members synced from LDAP (paid tiers); `null` when not linked.
    pub ldap_access: Option<AccessLevel>,
    /// Day the group is to be deleted, when deletion is pending (paid tiers).
    pub marked_for_deletion_on: Option<NaiveDate>,
    /// Storage used by the group (lists with `statistics=true`, administrators only).
    pub statistics: Option<GroupStatistics>,
    /// Custom attributes (`with_custom_attributes=true`, administrators only).
    pub custom_attributes: Option<Vec<CustomAttribute>>,
    /// Groups this group is shared with (detailed form only).
    pub shared_with_groups: Option<Vec<SharedGroupWithGroup>>,
    /// Registration token of the group's runners (detailed form, owners and administrators).
    pub runners_token: Option<String>,
    /// Whether the group and its subgroups may only be shared within its hierarchy (detailed
    /// form of top-level groups only).
    pub prevent_sharing_groups_outside_hierarchy: Option<bool>,
    /// Projects of the group, up to 100 (detailed form; deprecated, list the group's
    /// projects instead).
    pub projects: Option<Vec<Project>>,
    /// Projects shared with the group, up to 100 (detailed form; deprecated, list the
    /// group's shared projects instead).
    pub shared_projects: Option<Vec<Project>>,
    /// Monthly CI/CD minutes quota; `0` is unlimited, `null` inherits the instance default
    /// (detailed form, paid tiers).
    pub shared_runners_minutes_limit: Option<u64>,
    /// CI/CD minutes bought on top of the monthly quota (detailed form, paid tiers).
    pub extra_shared_runners_minutes_limit: Option<u64>,
    /// Whether new members can no longer be added to the group's projects (detailed form,
    /// paid tiers).
    pub membership_lock: Option<bool>,
    /// Whether the group's projects may not be forked into namespaces outside it (detailed
    /// form, paid tiers).
    pub prevent_forking_outside_group: Option<bool>,
}

// `Project` derives only `PartialEq`, though none of its fields is a float: its equality is
// total, so `Group` (which holds projects) can keep `Eq` for the entities that embed it.
impl Eq for Group {}

/// A webhook registered on a group: where GitLab posts, and which events of the group's
/// projects and subgroups make it post.
///
/// The secret token set when adding or editing the hook is never sent back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GroupHook {
    /// Numeric ID of the hook.
    pub id: u64,
    /// Address the hook calls.
    pub url: String,
    /// Numeric ID of the group the hook belongs to.
    pub group_id: u64,
    /// Fires on pushes.
    pub push_events: bool,
    /// Branch name or wildcard limiting which pushes fire the hook (newer versions); empty or
    /// `null` means every branch.
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
    /// Fires when subgroups are created or removed.
    pub subgroup_events: bool,
    /// Whether GitLab checks the TLS certificate of the hook's address.
    pub enable_ssl_verification: bool,
    /// When the hook was created.
    pub created_at: DateTime<Utc>,
}

/// A link between a group and an LDAP group (by common name) or an LDAP filter: members found
/// there are synced into the group with the given role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct LdapGroupLink {
    /// Common name of the LDAP group; `null` when the link uses a filter.
    pub cn: Option<String>,
    /// Role the synced members get.
    pub group_access: AccessLevel,
    /// Name of the LDAP server (provider) the link reads from (`ldapmain`).
    pub provider: String,
    /// LDAP filter selecting the members (paid tiers); `null` or absent when the link uses a
    /// common name.
    pub filter: Option<String>,
}

/// The push rules of a group: checks run on every push to the repositories of its projects.
///
/// A regular expression that was never set is `null` or empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct GroupPushRule {
    /// Numeric ID of the push rule.
    pub id: u64,
    /// When the rule was created.
    pub created_at: DateTime<Utc>,
    /// Pattern every commit message has to match.
    pub commit_message_regex: Option<String>,
    /// Pattern no commit message may match.
    pub commit_message_negative_regex: Option<String>,
    /// Pattern every pushed branch name has to match.
    pub branch_name_regex: Option<String>,
    /// Whether removing tags is refused.
    pub deny_delete_tag: Option<bool>,
    /// Whether commit authors have to be existing GitLab users (matched by email).
    pub member_check: bool,
    /// Whether files that look like they hold secrets are refused.
    pub prevent_secrets: bool,
    /// Pattern every commit author's email has to match.
    pub author_email_regex: Option<String>,
    /// Pattern no committed file name may match.
    pub file_name_regex: Option<String>,
    /// Largest file accepted, in megabytes; `0` means no limit.
    pub max_file_size: u64,
    /// Whether the committer email has to be one of the pusher's verified emails (Premium and
    /// higher only).
    pub commit_committer_check: Option<bool>,
    /// Whether commits without a GPG signature are refused (Premium and higher only).
    pub reject_unsigned_commits: Option<bool>,
}
