//! The dependencies page: the dependencies the scanners found in a project.
//!
//! The list comes from the dependency scanning report of the project's latest pipeline that
//! has one, for the package managers Gemnasium supports. Reading it needs the right to read
//! the repository; each dependency's vulnerabilities are shown only to callers who may read
//! the project's security dashboard. GitLab calls this API an alpha.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::Dependency;

/// A package manager, as a filter of the dependency list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DependencyPackageManager {
    /// Bundler (Ruby).
    Bundler,
    /// Composer (PHP).
    Composer,
    /// Conan (C and C++).
    Conan,
    /// Go modules.
    Go,
    /// Gradle (Java and other JVM languages).
    Gradle,
    /// Maven (Java and other JVM languages).
    Maven,
    /// npm (JavaScript).
    Npm,
    /// NuGet (.NET).
    Nuget,
    /// pip (Python).
    Pip,
    /// Pipenv (Python).
    Pipenv,
    /// Yarn (JavaScript).
    Yarn,
    /// sbt (Scala).
    Sbt,
    /// setuptools (Python).
    Setuptools,
}

/// List the dependencies of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/dependencies",
    tag = "Dependencies",
    response = Vec<Dependency>,
    paginate = offset,
    example = "dependencies/list_project_dependencies.json",
)]
pub struct ListProjectDependencies {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only dependencies of these package managers (default: all).
    #[param(comma)]
    pub package_manager: Option<Vec<DependencyPackageManager>>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![ListProjectDependencies]
}
