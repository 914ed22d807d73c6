use gitlab_endpoint::Endpoint;

/// List SCIM users.
#[derive(Endpoint)]
#[endpoint(get, "/groups/{group_path}/Users", tag = "SCIM", response = (), scim, paginate = offset)]
pub struct ListScimUsers {
    /// Full path of the group.
    #[param(path)]
    pub group_path: String,
}

fn main() {}
