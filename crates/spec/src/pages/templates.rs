//! The templates page: licence, .gitignore, Dockerfile and CI/CD configuration templates.
//!
//! These are the templates shipped with the instance; anyone may read them, signed in or not.
//! The `.gitignore`, Dockerfile and CI/CD configuration templates share one pair of
//! declarations, with a `variant(...)` per kind; licences have parameters of their own.

use gitlab_endpoint::{Endpoint, EndpointInfo};

use crate::models::{Template, TemplateListItem};

/// List the licence templates, each with its text and metadata.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/templates/licenses",
    tag = "Templates",
    response = Vec<Template>,
    paginate = offset,
    public,
    example = "templates/list_license_templates.json",
)]
pub struct ListLicenseTemplates {
    /// Only the commonly chosen licences.
    pub popular: Option<bool>,
}

/// Get one licence template, with its copyright placeholders filled in.
// The docs' example shows `featured`; GitLab's licence entity sends that flag as `popular`
// (the name of the list's filter too), which we follow.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/templates/licenses/{key}",
    tag = "Templates",
    response = Template,
    public,
    example = "templates/get_license_template.json",
)]
pub struct GetLicenseTemplate {
    /// Key of the licence, as listed (`mit`, `apache-2.0`, ...).
    #[param(path)]
    pub key: String,
    /// Name of the copyrighted project, put into the licence's text.
    pub project: Option<String>,
    /// Copyright holder put into the licence's text (default: the name of the calling user).
    pub fullname: Option<String>,
}

/// List the `.gitignore` templates.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/templates/gitignores",
    tag = "Templates",
    response = Vec<TemplateListItem>,
    paginate = offset,
    public,
    example = "templates/list_gitignore_templates.json",
    variant(
        "/templates/dockerfiles",
        id = "listDockerfileTemplates",
        summary = "List the Dockerfile templates.",
        example = "templates/list_dockerfile_templates.json",
    ),
    variant(
        "/templates/gitlab_ci_ymls",
        id = "listGitlabCiYmlTemplates",
        summary = "List the CI/CD configuration (`.gitlab-ci.yml`) templates.",
        example = "templates/list_gitlab_ci_yml_templates.json",
    ),
)]
pub struct ListGitignoreTemplates {}

/// Get one `.gitignore` template, with its content.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/templates/gitignores/{key}",
    tag = "Templates",
    response = Template,
    public,
    example = "templates/get_gitignore_template.json",
    variant(
        "/templates/dockerfiles/{key}",
        id = "getDockerfileTemplate",
        summary = "Get one Dockerfile template, with its content.",
        example = "templates/get_dockerfile_template.json",
    ),
    variant(
        "/templates/gitlab_ci_ymls/{key}",
        id = "getGitlabCiYmlTemplate",
        summary = "Get one CI/CD configuration (`.gitlab-ci.yml`) template, with its content.",
        example = "templates/get_gitlab_ci_yml_template.json",
    ),
)]
pub struct GetGitignoreTemplate {
    /// Key of the template, as listed (`Ruby`, `Binary`, `Android`, ...).
    #[param(path)]
    pub key: String,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListLicenseTemplates,
        GetLicenseTemplate,
        ListGitignoreTemplates,
        GetGitignoreTemplate,
    ]
}
