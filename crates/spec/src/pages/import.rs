//! The import page: importing repositories from GitHub and Bitbucket Server.

use gitlab_endpoint::{Endpoint, EndpointInfo};

use crate::models::ImportedProject;

/// Import a repository from GitHub into a new project.
///
/// The project is created at once and the import runs in the background. The answer is the new
/// project's short form, without the import fields.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/import/github",
    tag = "Import",
    response = ImportedProject,
    example = "import/import_github_repository.json",
)]
pub struct ImportGithubRepository {
    /// A GitHub personal access token that can read the repository.
    pub personal_access_token: String,
    /// Numeric ID of the repository on GitHub.
    pub repo_id: u64,
    /// Name of the new project (default: the repository's name).
    pub new_name: Option<String>,
    /// Full path of the namespace to create the project in; subgroups are accepted
    /// (`group/subgroup`).
    pub target_namespace: String,
    /// Host name of a GitHub Enterprise server; leave out for GitHub.com.
    pub github_hostname: Option<String>,
}

/// Import a repository from Bitbucket Server into a new project.
///
/// The project is created at once and the import runs in the background: the answer's
/// `import_status` starts as `scheduled`. Without a namespace the project goes to the current
/// user's personal namespace.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/import/bitbucket_server",
    tag = "Import",
    response = ImportedProject,
    example = "import/import_bitbucket_server_repository.json",
)]
pub struct ImportBitbucketServerRepository {
    /// Base URL of the Bitbucket Server.
    pub bitbucket_server_url: String,
    /// User name on the Bitbucket Server.
    pub bitbucket_server_username: String,
    /// Personal access token (or password) of that user on the Bitbucket Server.
    pub personal_access_token: String,
    /// Key of the Bitbucket project holding the repository (used only to find it).
    pub bitbucket_server_project: String,
    /// Name of the repository on the Bitbucket Server.
    pub bitbucket_server_repo: String,
    /// Name of the new project (default: the repository's name).
    pub new_name: Option<String>,
    // The docs call this parameter `target_namespace`, but GitLab's Grape endpoint
    // (`lib/api/import_bitbucket_server.rb`) declares and reads `new_namespace`, and ignores
    // `target_namespace`; we follow GitLab.
    /// Full path of the namespace to create the project in; subgroups are accepted
    /// (`group/subgroup`). Default: the current user's personal namespace.
    pub new_namespace: Option<String>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![ImportGithubRepository, ImportBitbucketServerRepository]
}
