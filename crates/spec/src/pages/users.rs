//! The users page: users, the current user, their emails, keys, tokens and status.

use gitlab_endpoint::{Endpoint, IdOrPath};

use crate::models::UserBasic;

/// Get one user.
///
/// Anyone may look a user up; administrators see more fields.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(get, "/users/{id}", tag = "Users", response = UserBasic, public, example = "users/get_user.json")]
pub struct GetUser {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
}

/// Follow a user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(post, "/users/{id}/follow", tag = "Users", response = UserBasic, example = "users/get_user.json")]
pub struct FollowUser {
    /// Numeric ID of the user to follow.
    #[param(path)]
    pub id: IdOrPath,
    /// Labels.
    #[param(query, comma)]
    pub labels: Option<Vec<String>>,
    /// Title.
    pub title: String,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![GetUser, FollowUser]
}
