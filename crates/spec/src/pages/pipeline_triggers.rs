//! The pipeline trigger tokens page: trigger tokens of a project, and triggering pipelines with them.

use std::collections::BTreeMap;

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath};

use crate::models::{Pipeline, Trigger};

/// List the pipeline trigger tokens of a project.
///
/// Tokens the caller created are shown in full, the others cut to their first four
/// characters.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/triggers",
    tag = "Pipeline trigger tokens",
    response = Vec<Trigger>,
    paginate = offset,
    example = "pipeline_triggers/list_trigger_tokens.json",
)]
pub struct ListTriggerTokens {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Get one pipeline trigger token of a project.
///
/// The token is shown in full only to the user who created it.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/triggers/{trigger_id}",
    tag = "Pipeline trigger tokens",
    response = Trigger,
    example = "pipeline_triggers/get_trigger_token.json",
)]
pub struct GetTriggerToken {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the trigger token.
    #[param(path)]
    pub trigger_id: u64,
}

/// Create a pipeline trigger token in a project, owned by the caller.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/triggers",
    tag = "Pipeline trigger tokens",
    response = Trigger,
    example = "pipeline_triggers/create_trigger_token.json",
)]
pub struct CreateTriggerToken {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Description (name) of the token.
    pub description: String,
}

/// Edit the description of a pipeline trigger token.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/projects/{id}/triggers/{trigger_id}",
    tag = "Pipeline trigger tokens",
    response = Trigger,
    example = "pipeline_triggers/edit_trigger_token.json",
)]
pub struct EditTriggerToken {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the trigger token.
    #[param(path)]
    pub trigger_id: u64,
    /// New description (name) of the token.
    pub description: Option<String>,
}

/// Delete a pipeline trigger token of a project.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/projects/{id}/triggers/{trigger_id}",
    tag = "Pipeline trigger tokens",
    response = (),
)]
pub struct DeleteTriggerToken {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Numeric ID of the trigger token.
    #[param(path)]
    pub trigger_id: u64,
}

/// Run a pipeline of a project with a trigger token or a CI/CD job token.
///
/// The credential is the `token` parameter: a pipeline trigger token of the project, or the
/// job token (`CI_JOB_TOKEN`) of a running CI/CD job; no user token is needed. With a job
/// token the new pipeline is a multi-project pipeline, linked downstream of the calling job's
/// pipeline; with a trigger token it is not linked to any pipeline.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/projects/{id}/trigger/pipeline",
    tag = "Pipeline trigger tokens",
    response = Pipeline,
    public,
    job_token,
    example = "pipeline_triggers/trigger_pipeline.json",
)]
pub struct TriggerPipeline {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
    /// Branch or tag (or commit SHA) to run the pipeline for.
    pub r#ref: String,
    /// The trigger token, or a CI/CD job token.
    pub token: String,
    /// Variables to give the pipeline: a hash of names to values (`variables[NAME]=value` in
    /// form encoding).
    // The docs' table calls this an array of `key`/`value` hashes, like the one of creating a
    // pipeline; GitLab's API declares it a hash of names to string values and rejects
    // anything else, so it is a map here.
    pub variables: Option<BTreeMap<String, String>>,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListTriggerTokens,
        GetTriggerToken,
        CreateTriggerToken,
        EditTriggerToken,
        DeleteTriggerToken,
        TriggerPipeline,
    ]
}
