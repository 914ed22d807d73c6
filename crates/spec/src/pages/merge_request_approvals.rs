//! The merge request approvals page: approval rules of projects and merge requests, and approving or unapproving a merge request.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{
    MergeRequestApprovalRule, MergeRequestApprovalState, MergeRequestApprovals,
    ProjectApprovalConfiguration, ProjectApprovalRule,
};

/// Kind of a new project approval rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NewApprovalRuleType {
    /// A rule naming its approvers (the default).
    Regular,
    /// The catch-all rule, where anyone allowed to approve counts.
    AnyApprover,
    /// A rule for a report; give `report_type` with it.
    ReportApprover,
}

/// Report a `report_approver` rule is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalReportType {
    /// License compliance.
    LicenseScanning,
    /// Test coverage.
    CodeCoverage,
}

/// Get the approval settings of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/approvals",
    tag = "Merge request approvals",
    response = ProjectApprovalConfiguration,
    example = "merge_request_approvals/get_project_approval_configuration.json",
)]
pub struct GetProjectApprovalConfiguration {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Change the approval settings of a project.
///
/// Give at least one setting. Settings the caller may not change are ignored.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/approvals",
    tag = "Merge request approvals",
    response = ProjectApprovalConfiguration,
    example = "merge_request_approvals/change_project_approval_configuration.json",
)]
pub struct ChangeProjectApprovalConfiguration {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Approvals a merge request needs before it can be merged. Deprecated: use approval rules.
    #[param(deprecated)]
    pub approvals_before_merge: Option<u64>,
    /// Drop the approvals of a merge request when new commits are pushed to it.
    pub reset_approvals_on_push: Option<bool>,
    /// Keep merge requests from changing their approvers and approval counts.
    pub disable_overriding_approvers_per_merge_request: Option<bool>,
    /// Let authors approve their own merge requests (`true`) or not.
    // GitLab's own parameter text in its source says the opposite of the docs; the setting
    // allows self-approval when true, as the docs say and as the web interface shows it.
    pub merge_requests_author_approval: Option<bool>,
    /// Keep users who committed to a merge request from approving it.
    pub merge_requests_disable_committers_approval: Option<bool>,
    /// Ask approvers for their password when they approve.
    pub require_password_to_approve: Option<bool>,
}

/// List the approval rules of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/approval_rules",
    tag = "Merge request approvals",
    response = Vec<ProjectApprovalRule>,
    paginate = offset,
    example = "merge_request_approvals/list_project_approval_rules.json",
)]
pub struct ListProjectApprovalRules {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get one approval rule of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/approval_rules/{approval_rule_id}",
    tag = "Merge request approvals",
    response = ProjectApprovalRule,
    example = "merge_request_approvals/get_project_approval_rule.json",
)]
pub struct GetProjectApprovalRule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the rule.
    #[param(path)]
    pub approval_rule_id: u64,
}

/// Create an approval rule in a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/approval_rules",
    tag = "Merge request approvals",
    response = ProjectApprovalRule,
    example = "merge_request_approvals/create_project_approval_rule.json",
)]
pub struct CreateProjectApprovalRule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the rule.
    pub name: String,
    /// Approvals the rule needs.
    pub approvals_required: u64,
    /// Kind of rule (default `regular`). A project has one `any_approver` rule, which starts
    /// at zero required approvals.
    pub rule_type: Option<NewApprovalRuleType>,
    /// Users to name as approvers, by numeric ID.
    pub user_ids: Option<Vec<u64>>,
    /// Groups whose members are approvers, by numeric ID.
    pub group_ids: Option<Vec<u64>>,
    /// Protected branches to limit the rule to, by the IDs the protected branches page lists.
    pub protected_branch_ids: Option<Vec<u64>>,
    /// Report the rule is for; needed when `rule_type` is `report_approver`.
    pub report_type: Option<ApprovalReportType>,
}

/// Change an approval rule of a project.
///
/// The users and groups given replace the rule's approvers: those left out are removed.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/approval_rules/{approval_rule_id}",
    tag = "Merge request approvals",
    response = ProjectApprovalRule,
    example = "merge_request_approvals/edit_project_approval_rule.json",
)]
pub struct EditProjectApprovalRule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the rule.
    #[param(path)]
    pub approval_rule_id: u64,
    // The docs mark `name` and `approvals_required` required here; GitLab's endpoint declares
    // both optional (an edit changes only what it is given), so they are optional.
    /// New name of the rule.
    pub name: Option<String>,
    /// Approvals the rule needs.
    pub approvals_required: Option<u64>,
    /// Users to name as approvers, by numeric ID.
    pub user_ids: Option<Vec<u64>>,
    /// Groups whose members are approvers, by numeric ID.
    pub group_ids: Option<Vec<u64>>,
    /// Protected branches to limit the rule to, by the IDs the protected branches page lists.
    pub protected_branch_ids: Option<Vec<u64>>,
}

/// Delete an approval rule of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/approval_rules/{approval_rule_id}",
    tag = "Merge request approvals",
    response = (),
)]
pub struct DeleteProjectApprovalRule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the rule.
    #[param(path)]
    pub approval_rule_id: u64,
}

/// Get the approvals of a merge request.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests/{merge_request_iid}/approvals",
    tag = "Merge request approvals",
    response = MergeRequestApprovals,
    example = "merge_request_approvals/get_merge_request_approvals.json",
)]
pub struct GetMergeRequestApprovals {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project.
    #[param(path)]
    pub merge_request_iid: u64,
}

/// Set how many approvals a merge request needs.
///
/// Deprecated: change the merge request's approval rules instead. Refused with `422` when the
/// project keeps merge requests from overriding their approvals.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests/{merge_request_iid}/approvals",
    tag = "Merge request approvals",
    response = MergeRequestApprovals,
    deprecated,
    example = "merge_request_approvals/change_merge_request_approval_configuration.json",
)]
pub struct ChangeMergeRequestApprovalConfiguration {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project.
    #[param(path)]
    pub merge_request_iid: u64,
    /// Approvals the merge request needs. Deprecated: use approval rules.
    #[param(deprecated)]
    pub approvals_required: u64,
}

/// Get where a merge request stands with each of its approval rules.
///
/// `approval_rules_overwritten` tells whether the merge request has rules of its own.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests/{merge_request_iid}/approval_state",
    tag = "Merge request approvals",
    response = MergeRequestApprovalState,
    example = "merge_request_approvals/get_merge_request_approval_state.json",
)]
pub struct GetMergeRequestApprovalState {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project.
    #[param(path)]
    pub merge_request_iid: u64,
}

/// List the approval rules of a merge request.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests/{merge_request_iid}/approval_rules",
    tag = "Merge request approvals",
    response = Vec<MergeRequestApprovalRule>,
    paginate = offset,
    example = "merge_request_approvals/list_merge_request_approval_rules.json",
)]
pub struct ListMergeRequestApprovalRules {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project.
    #[param(path)]
    pub merge_request_iid: u64,
}

/// Get one approval rule of a merge request.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/merge_requests/{merge_request_iid}/approval_rules/{approval_rule_id}",
    tag = "Merge request approvals",
    response = MergeRequestApprovalRule,
    example = "merge_request_approvals/get_merge_request_approval_rule.json",
)]
pub struct GetMergeRequestApprovalRule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project.
    #[param(path)]
    pub merge_request_iid: u64,
    /// Numeric ID of the rule.
    #[param(path)]
    pub approval_rule_id: u64,
}

/// Create an approval rule in a merge request.
///
/// With `approval_project_rule_id`, the project rule's name, users and groups are copied and
/// only `approvals_required` is taken from the call.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests/{merge_request_iid}/approval_rules",
    tag = "Merge request approvals",
    response = MergeRequestApprovalRule,
    example = "merge_request_approvals/create_merge_request_approval_rule.json",
)]
pub struct CreateMergeRequestApprovalRule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project.
    #[param(path)]
    pub merge_request_iid: u64,
    /// Name of the rule.
    pub name: String,
    /// Approvals the rule needs.
    pub approvals_required: u64,
    /// Project rule to copy, by numeric ID.
    pub approval_project_rule_id: Option<u64>,
    /// Users to name as approvers, by numeric ID.
    pub user_ids: Option<Vec<u64>>,
    /// Groups whose members are approvers, by numeric ID.
    pub group_ids: Option<Vec<u64>>,
}

/// Change an approval rule of a merge request.
///
/// The users and groups given replace the rule's approvers: those left out are removed.
/// `report_approver` and `code_owner` rules belong to GitLab and cannot be changed.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/merge_requests/{merge_request_iid}/approval_rules/{approval_rule_id}",
    tag = "Merge request approvals",
    response = MergeRequestApprovalRule,
    example = "merge_request_approvals/edit_merge_request_approval_rule.json",
)]
pub struct EditMergeRequestApprovalRule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project.
    #[param(path)]
    pub merge_request_iid: u64,
    /// Numeric ID of the rule.
    #[param(path)]
    pub approval_rule_id: u64,
    // The docs mark `name` and `approvals_required` required here; GitLab's endpoint declares
    // both optional (an edit changes only what it is given), so they are optional.
    /// New name of the rule.
    pub name: Option<String>,
    /// Approvals the rule needs.
    pub approvals_required: Option<u64>,
    /// Users to name as approvers, by numeric ID.
    pub user_ids: Option<Vec<u64>>,
    /// Groups whose members are approvers, by numeric ID.
    pub group_ids: Option<Vec<u64>>,
}

/// Delete an approval rule of a merge request.
///
/// `report_approver` and `code_owner` rules belong to GitLab and cannot be deleted.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/merge_requests/{merge_request_iid}/approval_rules/{approval_rule_id}",
    tag = "Merge request approvals",
    response = (),
)]
pub struct DeleteMergeRequestApprovalRule {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project.
    #[param(path)]
    pub merge_request_iid: u64,
    /// Numeric ID of the rule.
    #[param(path)]
    pub approval_rule_id: u64,
}

/// Approve a merge request as the current user.
///
/// Answers with the merge request's approvals. With `sha`, the approval is refused with `409`
/// unless it is the merge request's current head commit.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests/{merge_request_iid}/approve",
    tag = "Merge request approvals",
    response = MergeRequestApprovals,
    example = "merge_request_approvals/approve_merge_request.json",
)]
pub struct ApproveMergeRequest {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project.
    #[param(path)]
    pub merge_request_iid: u64,
    /// Head commit the caller reviewed; must match the merge request's current head.
    pub sha: Option<String>,
    /// The caller's password, needed when the project asks for it on approval.
    pub approval_password: Option<String>,
}

/// Withdraw the current user's approval of a merge request.
///
/// Answers with the merge request's approvals.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/merge_requests/{merge_request_iid}/unapprove",
    tag = "Merge request approvals",
    response = MergeRequestApprovals,
    example = "merge_request_approvals/unapprove_merge_request.json",
)]
pub struct UnapproveMergeRequest {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Number of the merge request inside the project.
    #[param(path)]
    pub merge_request_iid: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        GetProjectApprovalConfiguration,
        ChangeProjectApprovalConfiguration,
        ListProjectApprovalRules,
        GetProjectApprovalRule,
        CreateProjectApprovalRule,
        EditProjectApprovalRule,
        DeleteProjectApprovalRule,
        GetMergeRequestApprovals,
        ChangeMergeRequestApprovalConfiguration,
        GetMergeRequestApprovalState,
        ListMergeRequestApprovalRules,
        GetMergeRequestApprovalRule,
        CreateMergeRequestApprovalRule,
        EditMergeRequestApprovalRule,
        DeleteMergeRequestApprovalRule,
        ApproveMergeRequest,
        UnapproveMergeRequest
    ]
}
