//! The project templates page: the templates a project offers: Dockerfiles, gitignores, CI configurations, licences, issue and merge request descriptions.

use std::fmt;

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{Template, TemplateListItem};

/// Kind of template a project offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProjectTemplateType {
    /// Dockerfiles.
    Dockerfiles,
    /// `.gitignore` files.
    Gitignores,
    /// `.gitlab-ci.yml` CI/CD configurations.
    GitlabCiYmls,
    /// Open source licenses.
    Licenses,
    /// Issue description templates.
    Issues,
    /// Merge request description templates.
    MergeRequests,
}

impl ProjectTemplateType {
    /// The value on the wire (`gitlab_ci_ymls`).
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Dockerfiles => "dockerfiles",
            Self::Gitignores => "gitignores",
            Self::GitlabCiYmls => "gitlab_ci_ymls",
            Self::Licenses => "licenses",
            Self::Issues => "issues",
            Self::MergeRequests => "merge_requests",
        }
    }
}

/// Written as in the path (`merge_requests`).
impl fmt::Display for ProjectTemplateType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// List the templates of one kind available to a project.
///
/// Besides the instance-wide templates, the list holds those of the project and of the file
/// template repositories set for its groups.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/templates/{type}",
    tag = "Project templates",
    response = Vec<TemplateListItem>,
    paginate = offset,
    public,
    example = "project_templates/list_project_templates.json",
)]
pub struct ListProjectTemplates {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Kind of template.
    #[param(path)]
    pub r#type: ProjectTemplateType,
}

/// Get one template available to a project, with its content.
///
/// Licenses come with their metadata, and their copyright placeholders can be filled in with
/// `project` and `fullname`; other kinds carry only a name and the content.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/templates/{type}/{name}",
    tag = "Project templates",
    response = Template,
    public,
    example = "project_templates/get_project_template.json",
)]
pub struct GetProjectTemplate {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Kind of template.
    #[param(path)]
    pub r#type: ProjectTemplateType,
    /// Key of the template, as listed (URL-encoded in the path, `C%2B%2B` for `C++`).
    #[param(path)]
    pub name: String,
    /// Project holding the template, to choose among templates of one name from several
    /// projects (by default the closest ancestor's wins).
    pub source_template_project_id: Option<u64>,
    /// Project name put into the license's placeholders (licenses only).
    pub project: Option<String>,
    /// Copyright holder put into the license's placeholders (licenses only).
    pub fullname: Option<String>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![ListProjectTemplates, GetProjectTemplate]
}
