//! One module per page of GitLab's REST API documentation, each with that page's route types.

use gitlab_endpoint::EndpointInfo;

pub mod issues;
pub mod projects;
pub mod users;

/// A documentation page and its endpoints.
pub struct Page {
    /// File name of the docs page, without `.md` (`projects`).
    pub name: &'static str,
    /// The page's endpoints, in the page's order.
    pub endpoints: fn() -> Vec<EndpointInfo>,
}

/// Every page described so far, in the order tags appear in the document.
pub const PAGES: &[Page] = &[
    Page { name: "projects", endpoints: projects::endpoints },
    Page { name: "issues", endpoints: issues::endpoints },
    Page { name: "users", endpoints: users::endpoints },
];

/// Lists the descriptions of route types: `describe![ListProjects, GetProject]`.
macro_rules! describe {
    ($($route:ty),* $(,)?) => {
        ::std::vec![$(<$route as ::gitlab_endpoint::Endpoint>::describe()),*]
    };
}
pub(crate) use describe;
