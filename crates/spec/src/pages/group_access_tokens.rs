//! The group access tokens page: access tokens that act as a bot user of one group.
//!
//! Each operation of this page is the group variant of a project access token operation: the
//! route types are declared once in `project_access_tokens.rs`, and this page keeps their
//! operations tagged "Group access tokens".

use gitlab_endpoint::EndpointInfo;

use super::project_access_tokens::{
    CreateProjectAccessToken, GetProjectAccessToken, ListProjectAccessTokens,
    RevokeProjectAccessToken,
};

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListProjectAccessTokens,
        GetProjectAccessToken,
        CreateProjectAccessToken,
        RevokeProjectAccessToken
    ]
}
