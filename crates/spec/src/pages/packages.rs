//! The packages page: packages in the package registry of projects and groups.
//!
//! The project and group lists are two route types: the group list takes more parameters
//! (`exclude_subgroups`, ordering by `project_path`), so it is not a variant of the project one.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{Package, PackageFile, PackageStatus, PackageType};

/// Field a project's packages are ordered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PackageOrderBy {
    /// Creation date (the default).
    CreatedAt,
    /// Name.
    Name,
    /// Version.
    Version,
    /// Package type.
    Type,
}

/// Field a group's packages are ordered by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GroupPackageOrderBy {
    /// Creation date (the default).
    CreatedAt,
    /// Name.
    Name,
    /// Version.
    Version,
    /// Package type.
    Type,
    /// Full path of the package's project.
    ProjectPath,
}

/// Direction of the order of a list of packages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PackageSort {
    /// Ascending (the default).
    Asc,
    /// Descending.
    Desc,
}

/// Filters shared by the lists of project and group packages.
#[derive(Debug, Clone, Default, Params)]
pub struct PackageListFilters {
    /// Direction of the order (default `asc`).
    pub sort: Option<PackageSort>,
    /// Only packages of this type.
    pub package_type: Option<PackageType>,
    /// Only packages whose name matches this text (fuzzy search).
    pub package_name: Option<String>,
    /// Also list packages without a version (default `false`).
    pub include_versionless: Option<bool>,
    /// Only packages in this state (default: `default` and `error` packages).
    pub status: Option<PackageStatus>,
}

/// List the packages of a project.
///
/// Anonymous callers only see the packages of public projects.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/packages",
    tag = "Packages",
    response = Vec<Package>,
    paginate = offset,
    public,
    example = "packages/list_project_packages.json",
)]
pub struct ListProjectPackages {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Field to order by (default `created_at`).
    pub order_by: Option<PackageOrderBy>,
    /// Filters.
    #[param(flatten)]
    pub filters: PackageListFilters,
}

/// List the packages of the projects of a group.
///
/// Anonymous callers only see the packages of public projects.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/groups/{id}/packages",
    tag = "Packages",
    response = Vec<Package>,
    paginate = offset,
    public,
    example = "packages/list_group_packages.json",
)]
pub struct ListGroupPackages {
    /// The group, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Leave out the packages of the projects of subgroups (default `false`).
    pub exclude_subgroups: Option<bool>,
    /// Field to order by (default `created_at`).
    pub order_by: Option<GroupPackageOrderBy>,
    /// Filters.
    #[param(flatten)]
    pub filters: PackageListFilters,
}

/// Get one package of a project, with its other versions.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/packages/{package_id}",
    tag = "Packages",
    response = Package,
    example = "packages/get_project_package.json",
)]
pub struct GetProjectPackage {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the package.
    #[param(path)]
    pub package_id: u64,
}

/// List the files of a package.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/packages/{package_id}/package_files",
    tag = "Packages",
    response = Vec<PackageFile>,
    paginate = offset,
    example = "packages/list_package_files.json",
)]
pub struct ListPackageFiles {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the package.
    #[param(path)]
    pub package_id: u64,
}

/// Delete a package of a project, with all its files.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/packages/{package_id}",
    tag = "Packages",
    response = (),
)]
pub struct DeleteProjectPackage {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the package.
    #[param(path)]
    pub package_id: u64,
}

/// Delete one file of a package.
///
/// Removing a file can leave the package broken for its package manager.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/packages/{package_id}/package_files/{package_file_id}",
    tag = "Packages",
    response = (),
)]
pub struct DeletePackageFile {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the package.
    #[param(path)]
    pub package_id: u64,
    /// Numeric ID of the file.
    #[param(path)]
    pub package_file_id: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListProjectPackages,
        ListGroupPackages,
        GetProjectPackage,
        ListPackageFiles,
        DeleteProjectPackage,
        DeletePackageFile,
    ]
}
