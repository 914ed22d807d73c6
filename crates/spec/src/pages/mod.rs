//! One module per page of GitLab's REST API documentation, each with that page's route types.

use gitlab_endpoint::EndpointInfo;

pub mod issues;
pub mod projects;
pub mod users;

/// A documentation page and its endpoints.
pub struct Page {
    /// File name of the docs page, without `.md` (`projects`).
    pub name: &'static str,
    /// The tag its operations carry (the page's title).
    pub tag: &'static str,
    /// What the page covers, in a sentence or two (the tag's description).
    pub description: &'static str,
    /// The page's endpoints, in the page's order.
    pub endpoints: fn() -> Vec<EndpointInfo>,
}

/// Every page described so far, in the order tags appear in the document.
pub const PAGES: &[Page] = &[
    Page {
        name: "projects",
        tag: "Projects",
        description: "Projects: listing, creating, editing and deleting them; forks, stars, sharing with groups, uploads, webhooks and push rules.",
        endpoints: projects::endpoints,
    },
    Page {
        name: "issues",
        tag: "Issues",
        description: "Issues of projects and groups: filtering, creating and editing them, moving and cloning, time tracking, subscriptions and metric images.",
        endpoints: issues::endpoints,
    },
    Page {
        name: "users",
        tag: "Users",
        description: "User accounts and the signed-in user: profiles, moderation by administrators, status, preferences, follows, SSH and GPG keys, emails and tokens.",
        endpoints: users::endpoints,
    },
];

/// Lists the descriptions of route types: `describe![ListProjects, GetProject]`.
macro_rules! describe {
    ($($route:ty),* $(,)?) => {
        ::std::vec![$(<$route as ::gitlab_endpoint::Endpoint>::describe()),*]
    };
}
pub(crate) use describe;
