//! Repository models: branches and tags with the commit they point at, and the protection
//! rules of branches and tags with their access entries.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{AccessLevel, Commit};

/// A branch of a project's repository.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Branch {
    /// Name of the branch.
    pub name: String,
    /// Whether the branch is merged into the default branch.
    pub merged: bool,
    /// Whether a protection rule covers the branch.
    pub protected: bool,
    /// Whether this is the project's default branch.
    pub default: bool,
    /// Whether developers may push to it.
    pub developers_can_push: bool,
    /// Whether developers may merge into it.
    pub developers_can_merge: bool,
    /// Whether the current user may push to it.
    pub can_push: bool,
    /// Page of the branch in the web interface.
    pub web_url: String,
    /// Commit at the tip of the branch.
    pub commit: Commit,
}

/// The release attached to a tag, as shown with the tag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct TagRelease {
    /// Name of the tag the release belongs to.
    pub tag_name: String,
    /// Release notes, in Markdown.
    pub description: Option<String>,
}

/// A tag of a project's repository.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Tag {
    /// Name of the tag.
    pub name: String,
    /// Annotation of the tag; null for lightweight tags.
    pub message: Option<String>,
    /// SHA the tag points to: the tag object for annotated tags, the commit otherwise.
    pub target: String,
    /// Commit the tag points to.
    pub commit: Commit,
    /// Release made from the tag, if any.
    pub release: Option<TagRelease>,
    /// Whether a protection rule covers the tag.
    pub protected: bool,
    /// When an annotated tag was created (newer GitLab versions; null for lightweight tags).
    pub created_at: Option<DateTime<Utc>>,
}

/// One entry of a protection rule: a role, a user, a group or a deploy key allowed an action.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProtectedRefAccess {
    /// Numeric ID of the entry (newer GitLab versions).
    pub id: Option<u64>,
    /// The role allowed: `0` (no one), `30` (developers and maintainers), `40` (maintainers)
    /// or, for branches only, `60` (administrators); null when the entry names a user, group
    /// or deploy key.
    pub access_level: Option<AccessLevel>,
    /// Who the entry allows, in words (`Maintainers`, a user's or group's name).
    pub access_level_description: String,
    /// The user allowed (paid tiers).
    pub user_id: Option<u64>,
    /// The group allowed (paid tiers).
    pub group_id: Option<u64>,
    /// The deploy key allowed (push entries of newer versions).
    pub deploy_key_id: Option<u64>,
}

/// Who to allow an action on a protected branch or tag: give exactly one of the fields.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProtectedRefAccessGrant {
    /// A user, by numeric ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub user_id: Option<u64>,
    /// A group the project is shared with, by numeric ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub group_id: Option<u64>,
    /// A role: `0` (no one), `30` (developers and maintainers), `40` (maintainers) or, for
    /// branches only, `60` (administrators).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(nullable = false)]
    pub access_level: Option<AccessLevel>,
}

/// A protection rule for one branch or for every branch matching a wildcard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProtectedBranch {
    /// Numeric ID of the rule.
    pub id: u64,
    /// Branch name or wildcard (`release/*`) the rule covers.
    pub name: String,
    /// Who may push.
    pub push_access_levels: Vec<ProtectedRefAccess>,
    /// Who may merge.
    pub merge_access_levels: Vec<ProtectedRefAccess>,
    /// Who may remove the protection (missing from some responses).
    pub unprotect_access_levels: Option<Vec<ProtectedRefAccess>>,
    /// Whether users allowed to push may also force-push.
    pub allow_force_push: bool,
    /// Whether pushes matching a `CODEOWNERS` entry need code owner approval (paid tiers).
    pub code_owner_approval_required: Option<bool>,
}

/// A protection rule for one tag or for every tag matching a wildcard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProtectedTag {
    /// Tag name or wildcard (`*-stable`) the rule covers.
    pub name: String,
    /// Who may create matching tags.
    pub create_access_levels: Vec<ProtectedRefAccess>,
}
