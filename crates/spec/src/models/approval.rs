//! Merge request approvals: a project's approval settings, the approval rules of projects and
//! merge requests, and where a merge request stands with its approvals.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{Group, MergeRequestState, ProtectedBranch, UserBasic};

/// Kind of an approval rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalRuleType {
    /// A rule naming its approvers (users and groups).
    Regular,
    /// A rule GitLab derives from the `CODEOWNERS` file.
    CodeOwner,
    /// A rule GitLab keeps for a report (license scanning, code coverage).
    ReportApprover,
    /// The catch-all rule: anyone allowed to approve counts.
    AnyApprover,
}

/// A user listed as an approver, in the deprecated approver lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Approver {
    /// The user.
    pub user: UserBasic,
}

/// A group listed as an approver, in the deprecated approver lists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ApproverGroup {
    /// The group.
    pub group: Group,
}

/// The approval settings of a project, which its merge requests start from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectApprovalConfiguration {
    /// Deprecated list of approvers; approval rules replace it.
    pub approvers: Option<Vec<Approver>>,
    /// Deprecated list of approver groups; approval rules replace it.
    pub approver_groups: Option<Vec<ApproverGroup>>,
    /// Approvals a merge request needs before it can be merged. Deprecated: approval rules
    /// carry their own numbers.
    pub approvals_before_merge: u64,
    /// Whether a new push to a merge request drops its approvals.
    pub reset_approvals_on_push: bool,
    /// Whether a push drops only the code owner approvals of the files it changes (newer
    /// versions).
    pub selective_code_owner_removals: Option<bool>,
    /// Whether merge requests are kept from changing their approvers and approval counts.
    pub disable_overriding_approvers_per_merge_request: bool,
    /// Whether authors may approve their own merge requests.
    pub merge_requests_author_approval: bool,
    /// Whether users who committed to a merge request are kept from approving it.
    pub merge_requests_disable_committers_approval: bool,
    /// Whether approving asks for the approver's password.
    pub require_password_to_approve: bool,
}

/// An approval rule, in the short form lists of rules to satisfy use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ApprovalRuleShort {
    /// Numeric ID of the rule.
    pub id: u64,
    /// Name of the rule.
    pub name: String,
    /// Kind of rule.
    pub rule_type: ApprovalRuleType,
}

/// An approval rule of a project, copied into each new merge request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ProjectApprovalRule {
    /// Numeric ID of the rule.
    pub id: u64,
    /// Name of the rule.
    pub name: String,
    /// Kind of rule.
    pub rule_type: ApprovalRuleType,
    /// Everyone whose approval counts for the rule: the users plus the groups' members.
    pub eligible_approvers: Vec<UserBasic>,
    /// Approvals the rule needs.
    pub approvals_required: u64,
    /// Users named as approvers.
    pub users: Vec<UserBasic>,
    /// Groups whose members are approvers (only the groups the caller may see).
    pub groups: Vec<Group>,
    /// Protected branches the rule is limited to; empty when it covers every branch. Left out
    /// where the tier allows only one rule.
    pub protected_branches: Option<Vec<ProtectedBranch>>,
    /// Whether the rule covers every protected branch of the project (newer versions).
    pub applies_to_all_protected_branches: Option<bool>,
    /// Whether some of the rule's groups are hidden from the caller.
    pub contains_hidden_groups: bool,
}

/// The project rule a merge request rule was copied from, as far as the copy shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ApprovalSourceRule {
    /// Approvals the project rule needs.
    pub approvals_required: u64,
}

/// An approval rule of one merge request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequestApprovalRule {
    /// Numeric ID of the rule.
    pub id: u64,
    /// Name of the rule.
    pub name: String,
    /// Kind of rule.
    pub rule_type: ApprovalRuleType,
    /// Everyone whose approval counts for the rule: the users plus the groups' members.
    pub eligible_approvers: Vec<UserBasic>,
    /// Approvals the rule needs.
    pub approvals_required: u64,
    /// The project rule this rule was copied from; `null` for a rule of the merge request's own.
    pub source_rule: Option<ApprovalSourceRule>,
    /// Users named as approvers.
    pub users: Vec<UserBasic>,
    /// Groups whose members are approvers (only the groups the caller may see).
    pub groups: Vec<Group>,
    /// Whether some of the rule's groups are hidden from the caller.
    pub contains_hidden_groups: bool,
    /// Section of the `CODEOWNERS` file a code owner rule comes from (newer versions).
    pub section: Option<String>,
    /// Whether the rule differs from the project rule it was copied from.
    pub overridden: bool,
}

/// An approval rule of a merge request, with who approved for it so far.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequestApprovalStateRule {
    /// Numeric ID of the rule.
    pub id: u64,
    /// Name of the rule.
    pub name: String,
    /// Kind of rule.
    pub rule_type: ApprovalRuleType,
    /// Everyone whose approval counts for the rule: the users plus the groups' members.
    pub eligible_approvers: Vec<UserBasic>,
    /// Approvals the rule needs.
    pub approvals_required: u64,
    /// The project rule this rule was copied from; `null` for a rule of the merge request's own.
    pub source_rule: Option<ApprovalSourceRule>,
    /// Users named as approvers.
    pub users: Vec<UserBasic>,
    /// Groups whose members are approvers (only the groups the caller may see).
    pub groups: Vec<Group>,
    /// Whether some of the rule's groups are hidden from the caller.
    pub contains_hidden_groups: bool,
    /// Section of the `CODEOWNERS` file a code owner rule comes from (newer versions).
    pub section: Option<String>,
    /// Whether the rule differs from the project rule it was copied from.
    pub overridden: bool,
    /// Whether the rule comes from the `CODEOWNERS` file (newer versions).
    pub code_owner: Option<bool>,
    /// Eligible approvers who have approved.
    pub approved_by: Vec<UserBasic>,
    /// Whether the rule has all the approvals it needs.
    pub approved: bool,
}

/// Where a merge request stands with each of its approval rules.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequestApprovalState {
    /// Whether the merge request has rules of its own instead of the project's.
    pub approval_rules_overwritten: bool,
    /// The rules that apply, each with its approvals.
    pub rules: Vec<MergeRequestApprovalStateRule>,
}

/// One approval given to a merge request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequestApproval {
    /// Who approved.
    pub user: UserBasic,
    /// When they approved (newer versions).
    pub approved_at: Option<DateTime<Utc>>,
}

/// The approvals of a merge request: how many it needs, how many are left, who gave them.
///
/// Paid tiers answer with the merge request's identity and state and the approval counts;
/// the Free tier sends only `approved`, `approved_by`, `user_has_approved` and
/// `user_can_approve`. Every other field is therefore optional.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct MergeRequestApprovals {
    /// Global numeric ID of the merge request.
    pub id: Option<u64>,
    /// Number of the merge request inside its project.
    pub iid: Option<u64>,
    /// ID of the merge request's project.
    pub project_id: Option<u64>,
    /// Title of the merge request.
    pub title: Option<String>,
    /// Description of the merge request.
    pub description: Option<String>,
    /// Lifecycle state of the merge request.
    pub state: Option<MergeRequestState>,
    /// When the merge request was created.
    pub created_at: Option<DateTime<Utc>>,
    /// When the merge request was last changed.
    pub updated_at: Option<DateTime<Utc>>,
    /// Whether the merge request can be merged (`can_be_merged`, `cannot_be_merged`,
    /// `unchecked`, `checking`, ...).
    pub merge_status: Option<String>,
    /// Whether the merge request has the approvals it needs (Free tier: whether it has any).
    pub approved: Option<bool>,
    /// Approvals the merge request needs in all.
    pub approvals_required: Option<u64>,
    /// Approvals still missing.
    pub approvals_left: Option<u64>,
    /// Whether approving asks for the approver's password.
    pub require_password_to_approve: Option<bool>,
    /// The approvals given so far.
    pub approved_by: Vec<MergeRequestApproval>,
    /// Users who could approve and have not yet.
    pub suggested_approvers: Option<Vec<UserBasic>>,
    /// Deprecated: the users of the first regular rule.
    pub approvers: Option<Vec<Approver>>,
    /// Deprecated: the groups of the first regular rule.
    pub approver_groups: Option<Vec<ApproverGroup>>,
    /// Whether the caller has approved.
    pub user_has_approved: Option<bool>,
    /// Whether the caller may approve.
    pub user_can_approve: Option<bool>,
    /// Rules still missing approvals.
    pub approval_rules_left: Option<Vec<ApprovalRuleShort>>,
    /// Whether the merge request has rules defined by users.
    pub has_approval_rules: Option<bool>,
    /// Whether the tier lets merge requests have approvers.
    pub merge_request_approvers_available: Option<bool>,
    /// Whether the tier allows more than one approval rule.
    pub multiple_approval_rules_available: Option<bool>,
    /// Rules that cannot be satisfied because they have no eligible approver.
    pub invalid_approvers_rules: Option<Vec<ApprovalRuleShort>>,
}
