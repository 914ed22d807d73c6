//! User accounts: listing, reading, creating and moderating users; the current user; status,
//! preferences, follows, counts, activities and memberships.

use gitlab_endpoint::Endpoint;

use crate::models::UserBasic;

/// Get one user.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(get, "/users/{id}", tag = "Users", response = UserBasic, public, example = "users/get_user.json")]
pub struct GetUser {
    /// Numeric ID of the user.
    #[param(path)]
    pub id: u64,
}

/// Every endpoint of this part of the page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::super::describe![GetUser]
}
