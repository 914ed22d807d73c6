//! The deployments page: deployments of a project to its environments, the merge requests
//! they shipped, and approving blocked ones.

use chrono::{DateTime, Utc};
use gitlab_endpoint::{Endpoint, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{
    Deployment, DeploymentApproval, DeploymentApprovalStatus, DeploymentStatus, MergeRequest,
};
use crate::pages::merge_requests::MergeRequestListFilters;

/// Field to order a list of deployments by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeploymentOrderBy {
    /// Global ID (the default).
    Id,
    /// Number inside the project.
    Iid,
    /// Creation time.
    CreatedAt,
    /// Last change.
    UpdatedAt,
    /// Branch or tag name.
    Ref,
}

/// Direction of a sort of deployments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeploymentSort {
    /// Ascending (the default).
    Asc,
    /// Descending.
    Desc,
}

/// A status a deployment made through the API can be given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeploymentStatusChange {
    /// Running.
    Running,
    /// Finished successfully.
    Success,
    /// Failed.
    Failed,
    /// Canceled.
    Canceled,
}

/// List the deployments of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/deployments",
    tag = "Deployments",
    response = Vec<Deployment>,
    paginate = offset,
    example = "deployments/list_deployments.json",
)]
pub struct ListDeployments {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Field to order by (default `id`).
    pub order_by: Option<DeploymentOrderBy>,
    /// Sort direction (default `asc`).
    pub sort: Option<DeploymentSort>,
    /// Only deployments changed after this time.
    pub updated_after: Option<DateTime<Utc>>,
    /// Only deployments changed before this time.
    pub updated_before: Option<DateTime<Utc>>,
    /// Only deployments to the environment with this name.
    pub environment: Option<String>,
    /// Only deployments in this status.
    pub status: Option<DeploymentStatus>,
}

/// Get one deployment of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/deployments/{deployment_id}",
    tag = "Deployments",
    response = Deployment,
    example = "deployments/get_deployment.json",
)]
pub struct GetDeployment {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the deployment.
    #[param(path)]
    pub deployment_id: u64,
}

/// Record a deployment of a project made outside GitLab CI/CD.
///
/// The environment is created when it does not exist yet.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/deployments",
    tag = "Deployments",
    response = Deployment,
    example = "deployments/create_deployment.json",
)]
pub struct CreateDeployment {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the environment deployed to.
    pub environment: String,
    /// SHA of the commit deployed.
    pub sha: String,
    /// Name of the branch or tag deployed.
    pub r#ref: String,
    /// Whether `ref` is a tag.
    pub tag: bool,
    /// Status of the deployment.
    // The docs describe it as "the status to filter deployments by", a copy of the list's
    // filter; here it is the status the new deployment gets.
    pub status: DeploymentStatusChange,
}

/// Change the status of a deployment made through the API.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/deployments/{deployment_id}",
    tag = "Deployments",
    response = Deployment,
    example = "deployments/edit_deployment.json",
)]
pub struct EditDeployment {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the deployment.
    #[param(path)]
    pub deployment_id: u64,
    /// New status.
    pub status: DeploymentStatusChange,
}

/// List the merge requests a deployment shipped.
///
/// Takes the filters of the merge request lists. Not every deployment is linked to the merge
/// requests it shipped: the list is then empty.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/deployments/{deployment_id}/merge_requests",
    tag = "Deployments",
    response = Vec<MergeRequest>,
    paginate = offset,
    example = "deployments/list_deployment_merge_requests.json",
)]
pub struct ListDeploymentMergeRequests {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the deployment.
    #[param(path)]
    pub deployment_id: u64,
    /// Filters of the merge request lists.
    #[param(flatten)]
    pub filters: MergeRequestListFilters,
}

/// Approve or reject a deployment blocked for approval.
///
/// Premium and above; the environment must be protected with approvals required.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/deployments/{deployment_id}/approval",
    tag = "Deployments",
    response = DeploymentApproval,
    example = "deployments/approve_deployment.json",
)]
pub struct ApproveDeployment {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Global numeric ID of the deployment.
    #[param(path)]
    pub deployment_id: u64,
    /// The verdict.
    pub status: DeploymentApprovalStatus,
    /// Comment to go with the verdict.
    pub comment: Option<String>,
    /// Which user, group or role to approve as, when the current user falls under several
    /// approval rules (by its name in the rule, `security` for example).
    pub represented_as: Option<String>,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![
        ListDeployments,
        GetDeployment,
        CreateDeployment,
        EditDeployment,
        ListDeploymentMergeRequests,
        ApproveDeployment,
    ]
}
