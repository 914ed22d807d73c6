//! The debian project distributions page: debian distributions of a project's package registry.
//!
//! The Debian group distributions page offers the same operations under `/groups/{id}`: they
//! are declared here once, with a `variant(...)` tagged "Debian group distributions" (see
//! `packages_debian_group_distributions.rs`). GitLab serves these routes only when the Debian
//! feature flags are on; otherwise they answer `404`.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath, Params};

use crate::models::DebianDistribution;

/// The settings of a distribution other than its codename: shared by creating and changing one.
#[derive(Debug, Clone, Default, Params)]
pub struct DebianDistributionSettings {
    /// Suite (`stable`, `testing`).
    pub suite: Option<String>,
    /// Origin written to the `Release` file.
    pub origin: Option<String>,
    /// Label written to the `Release` file.
    pub label: Option<String>,
    /// Version of the distribution.
    pub version: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// How long, in seconds, a published `Release` file stays valid.
    pub valid_time_duration_seconds: Option<u64>,
    /// Components (`main`, `contrib`; sent as `components[]=`).
    // The page gives the type of both arrays as "architectures": they are arrays of strings.
    pub components: Option<Vec<String>>,
    /// Architectures (`all`, `amd64`; sent as `architectures[]=`).
    pub architectures: Option<Vec<String>>,
}

/// List the Debian distributions of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/debian_distributions",
    tag = "Debian project distributions",
    response = Vec<DebianDistribution>,
    // The page does not mention pagination; GitLab paginates this list as any other.
    paginate = offset,
    example = "packages_debian_project_distributions/list_project_debian_distributions.json",
    variant(
        "/groups/{id}/debian_distributions",
        id = "listGroupDebianDistributions",
        summary = "List the Debian distributions of a group.",
        tag = "Debian group distributions",
        example = "packages_debian_group_distributions/list_group_debian_distributions.json",
    ),
)]
pub struct ListProjectDebianDistributions {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only the distribution with this codename.
    pub codename: Option<String>,
    /// Only the distributions of this suite.
    pub suite: Option<String>,
}

/// Get one Debian distribution of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/debian_distributions/{codename}",
    tag = "Debian project distributions",
    response = DebianDistribution,
    example = "packages_debian_project_distributions/get_project_debian_distribution.json",
    variant(
        "/groups/{id}/debian_distributions/{codename}",
        id = "getGroupDebianDistribution",
        summary = "Get one Debian distribution of a group.",
        tag = "Debian group distributions",
        example = "packages_debian_group_distributions/get_group_debian_distribution.json",
    ),
)]
pub struct GetProjectDebianDistribution {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Codename of the distribution.
    // The page types the codename as an integer; it is the distribution's codename string.
    #[param(path)]
    pub codename: String,
}

/// Download the public signing key of a Debian distribution of a project.
///
/// The answer is the ASCII-armored OpenPGP public key.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/debian_distributions/{codename}/key.asc",
    tag = "Debian project distributions",
    response = (),
    raw = "text/plain",
    variant(
        "/groups/{id}/debian_distributions/{codename}/key.asc",
        id = "getGroupDebianDistributionKey",
        summary = "Download the public signing key of a Debian distribution of a group.",
        tag = "Debian group distributions",
    ),
)]
pub struct GetProjectDebianDistributionKey {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Codename of the distribution.
    #[param(path)]
    pub codename: String,
}

/// Create a Debian distribution in a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/debian_distributions",
    tag = "Debian project distributions",
    response = DebianDistribution,
    example = "packages_debian_project_distributions/create_project_debian_distribution.json",
    variant(
        "/groups/{id}/debian_distributions",
        id = "createGroupDebianDistribution",
        summary = "Create a Debian distribution in a group.",
        tag = "Debian group distributions",
        example = "packages_debian_group_distributions/create_group_debian_distribution.json",
    ),
)]
pub struct CreateProjectDebianDistribution {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Codename of the new distribution, unique in the project or group.
    pub codename: String,
    /// The other settings.
    #[param(flatten)]
    pub settings: DebianDistributionSettings,
}

/// Change the settings of a Debian distribution of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/debian_distributions/{codename}",
    tag = "Debian project distributions",
    response = DebianDistribution,
    example = "packages_debian_project_distributions/edit_project_debian_distribution.json",
    variant(
        "/groups/{id}/debian_distributions/{codename}",
        id = "editGroupDebianDistribution",
        summary = "Change the settings of a Debian distribution of a group.",
        tag = "Debian group distributions",
        example = "packages_debian_group_distributions/edit_group_debian_distribution.json",
    ),
)]
pub struct EditProjectDebianDistribution {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Codename of the distribution to change.
    // The group page calls it "the new codename"; it only names the distribution in the path,
    // and GitLab offers no way to rename one.
    #[param(path)]
    pub codename: String,
    /// New settings; those not given stay as they are.
    #[param(flatten)]
    pub settings: DebianDistributionSettings,
}

/// Delete a Debian distribution of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/debian_distributions/{codename}",
    tag = "Debian project distributions",
    response = (),
    variant(
        "/groups/{id}/debian_distributions/{codename}",
        id = "deleteGroupDebianDistribution",
        summary = "Delete a Debian distribution of a group.",
        tag = "Debian group distributions",
    ),
)]
pub struct DeleteProjectDebianDistribution {
    /// The project or group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Codename of the distribution.
    #[param(path)]
    pub codename: String,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListProjectDebianDistributions,
        GetProjectDebianDistribution,
        GetProjectDebianDistributionKey,
        CreateProjectDebianDistribution,
        EditProjectDebianDistribution,
        DeleteProjectDebianDistribution,
    ]
}
