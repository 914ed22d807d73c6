//! The feature flag user lists page: lists of user IDs that feature flag strategies target.

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::FeatureFlagUserList;

/// List the feature flag user lists of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/feature_flags_user_lists",
    tag = "Feature flag user lists",
    response = Vec<FeatureFlagUserList>,
    paginate = offset,
    example = "feature_flag_user_lists/list_feature_flag_user_lists.json",
)]
pub struct ListFeatureFlagUserLists {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Only the lists whose name contains this text.
    pub search: Option<String>,
}

/// Create a feature flag user list in a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/feature_flags_user_lists",
    tag = "Feature flag user lists",
    response = FeatureFlagUserList,
    example = "feature_flag_user_lists/create_feature_flag_user_list.json",
)]
pub struct CreateFeatureFlagUserList {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Name of the new list.
    pub name: String,
    /// The user IDs of the list, comma-separated (`user1,user2`).
    pub user_xids: String,
}

/// Get one feature flag user list of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/feature_flags_user_lists/{iid}",
    tag = "Feature flag user lists",
    response = FeatureFlagUserList,
    example = "feature_flag_user_lists/get_feature_flag_user_list.json",
)]
pub struct GetFeatureFlagUserList {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Internal ID of the list in the project.
    #[param(path)]
    pub iid: u64,
}

/// Change the name or the users of a feature flag user list.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/feature_flags_user_lists/{iid}",
    tag = "Feature flag user lists",
    response = FeatureFlagUserList,
    example = "feature_flag_user_lists/edit_feature_flag_user_list.json",
)]
pub struct EditFeatureFlagUserList {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Internal ID of the list in the project.
    #[param(path)]
    pub iid: u64,
    /// New name of the list.
    pub name: Option<String>,
    /// New user IDs of the list, comma-separated; they replace the current ones.
    pub user_xids: Option<String>,
}

/// Delete a feature flag user list of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/feature_flags_user_lists/{iid}",
    tag = "Feature flag user lists",
    response = (),
)]
pub struct DeleteFeatureFlagUserList {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Internal ID of the list in the project.
    #[param(path)]
    pub iid: u64,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListFeatureFlagUserLists,
        CreateFeatureFlagUserList,
        GetFeatureFlagUserList,
        EditFeatureFlagUserList,
        DeleteFeatureFlagUserList,
    ]
}
