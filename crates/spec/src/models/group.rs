//! Groups: the group entity as lists, approval rules and other entities embed it.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{AccessLevel, ProjectVisibility};

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

/// A group, in the form group lists show and other entities (approval rules, ...) embed.
///
/// Embedded copies made by older GitLab versions carry fewer settings than the groups page
/// shows, and some settings depend on the tier, so everything past the identity, the paths
/// and the visibility is optional.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
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
    /// Default protection of new projects' default branches: `0` none, `1` partial, `2` full,
    /// `3` protected against pushes, `4` full after the first push.
    pub default_branch_protection: Option<u8>,
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
}
