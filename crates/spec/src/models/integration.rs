//! Integrations of a project with other services (Jira, Slack, Jenkins, ...).
//!
//! GitLab answers two forms: [`IntegrationBasic`] in the list of a project's active
//! integrations, and [`Integration<P>`] (the same fields plus `properties`, the integration's
//! own settings) when one integration is read or set. `P` is the settings type of that
//! integration (`JiraIntegrationProperties`, ...), declared with its routes in
//! `pages/integrations.rs`; each `Integration<P>` is a schema of its own, named after the
//! integration (`JiraIntegration`).

use std::borrow::Cow;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::openapi::{Ref, RefOr, Schema};
use utoipa::{PartialSchema, ToSchema};

/// An integration of a project, without its settings (GitLab's `IntegrationBasic` entity).
///
/// The event flags say which events the integration acts on; flags of events an
/// integration does not support are sent too (usually `false`). Flags marked as newer are
/// only sent by later GitLab versions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct IntegrationBasic {
    /// Numeric ID of the integration's record in the project.
    pub id: u64,
    /// Display name of the integration (`Jenkins CI`, `Slack notifications`).
    pub title: String,
    /// The integration's name in paths (`jenkins`, `slack-slash-commands`).
    pub slug: String,
    /// When the integration was first set up.
    pub created_at: DateTime<Utc>,
    /// When its settings last changed.
    pub updated_at: DateTime<Utc>,
    /// Whether the integration is switched on.
    pub active: bool,
    /// Acts on commits (older versions leave the flag out).
    pub commit_events: Option<bool>,
    /// Acts on pushes.
    pub push_events: bool,
    /// Acts on issue events.
    pub issues_events: bool,
    /// Acts on incident events (newer versions).
    pub incident_events: Option<bool>,
    /// Acts on alert events (newer versions).
    pub alert_events: Option<bool>,
    /// Acts on events of confidential issues.
    pub confidential_issues_events: bool,
    /// Acts on merge request events.
    pub merge_requests_events: bool,
    /// Acts on tag pushes.
    pub tag_push_events: bool,
    /// Acts on deployment events (newer versions).
    pub deployment_events: Option<bool>,
    /// Acts on comments.
    pub note_events: bool,
    /// Acts on comments on confidential issues (older versions leave the flag out).
    pub confidential_note_events: Option<bool>,
    /// Acts on pipeline events.
    pub pipeline_events: bool,
    /// Acts on wiki page events (older versions leave the flag out).
    pub wiki_page_events: Option<bool>,
    /// Acts on job events.
    pub job_events: bool,
    /// Comments on the linked issues of the other service for each event (Jira).
    pub comment_on_event_enabled: bool,
    /// Whether the settings come from the group's or the instance's integration (newer
    /// versions).
    pub inherited: Option<bool>,
    /// Acts on vulnerability events (newer versions, GitLab Enterprise Edition).
    pub vulnerability_events: Option<bool>,
}

/// An integration of a project with its settings (GitLab's `Integration` entity): the fields
/// of [`IntegrationBasic`] and `properties`, whose type `P` is the integration's own.
///
/// In the OpenAPI document each `Integration<P>` is one object schema named after `P`
/// without its `Properties` suffix (`JiraIntegration` for `JiraIntegrationProperties`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Integration<P> {
    /// Everything but the settings.
    #[serde(flatten)]
    pub integration: IntegrationBasic,
    /// The integration's settings; secret ones (passwords, tokens, API keys) are left out.
    pub properties: P,
}

// utoipa's derive gives every instance of a generic type one name, which would make the
// integrations' answers overwrite each other in the document; so the schema is built by hand:
// `IntegrationBasic`'s object with a required `properties` referring to `P`.
impl<P: ToSchema> PartialSchema for Integration<P> {
    fn schema() -> RefOr<Schema> {
        let RefOr::T(Schema::Object(mut object)) = IntegrationBasic::schema() else {
            unreachable!("IntegrationBasic is an object schema")
        };
        object.description = Some(format!(
            "An integration of a project with its settings, shaped as `{}`.",
            P::name()
        ));
        let mut settings = Ref::from_schema_name(P::name());
        settings.description =
            "The integration's settings; secret ones (passwords, tokens, API keys) are left out."
                .to_owned();
        object
            .properties
            .insert("properties".to_owned(), RefOr::Ref(settings));
        object.required.push("properties".to_owned());
        RefOr::T(Schema::Object(object))
    }
}

impl<P: ToSchema> ToSchema for Integration<P> {
    fn name() -> Cow<'static, str> {
        let settings = P::name();
        let stem = settings.strip_suffix("Properties").unwrap_or(&settings);
        Cow::Owned(stem.to_owned())
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        IntegrationBasic::schemas(schemas);
        schemas.push((P::name().into_owned(), P::schema()));
        P::schemas(schemas);
    }
}

/// Which branches an integration sends notifications for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum BranchesToBeNotified {
    /// Every branch.
    All,
    /// Only the default branch.
    Default,
    /// Only protected branches.
    Protected,
    /// The default branch and protected branches.
    DefaultAndProtected,
}
