//! The features page: the feature flags of the GitLab instance itself (Flipper gates), for
//! administrators.
//!
//! Only boolean and percentage gate values can be set through the API.

use gitlab_endpoint::{Endpoint, EndpointInfo};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{Feature, FeatureDefinition};

/// List the feature flags that have a stored state, with their gates.
///
/// The list is not paginated.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/features",
    tag = "Features",
    response = Vec<Feature>,
    admin,
    example = "features/list_features.json",
)]
pub struct ListFeatures {}

/// List the definitions of every feature flag GitLab ships.
///
/// The list is not paginated.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/features/definitions",
    tag = "Features",
    response = Vec<FeatureDefinition>,
    admin,
    example = "features/list_feature_definitions.json",
)]
pub struct ListFeatureDefinitions {}

/// The value a gate is set to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum FeatureValue {
    /// Turn the flag on (`true`) or off (`false`), for everyone or for the targets given.
    Enabled(bool),
    /// Turn the flag on for this percentage (`0` to `100`) of the time or of the actors (see
    /// `key`).
    Percentage(u64),
}

/// Which percentage gate a number sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeaturePercentageKey {
    /// A percentage of actors, each actor always getting the same answer.
    PercentageOfActors,
    /// A percentage of the checks, at random (the default).
    PercentageOfTime,
}

/// Set a gate of a feature flag, creating the flag if it has no stored state yet.
///
/// A boolean `value` turns the flag on or off: for everyone, or only for the feature group,
/// users, groups, namespaces, projects and repositories given (several kinds can be given in
/// one call). A number sets a percentage gate. Answers the flag with its gates.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    post, "/features/{name}",
    tag = "Features",
    response = Feature,
    admin,
    example = "features/set_feature.json",
)]
pub struct SetFeature {
    /// Name of the feature flag.
    #[param(path)]
    pub name: String,
    /// `true` or `false`, or a percentage.
    pub value: FeatureValue,
    /// Which percentage gate a number sets (default `percentage_of_time`); cannot be combined
    /// with the targets.
    pub key: Option<FeaturePercentageKey>,
    /// Name of a feature group to set the gate for.
    pub feature_group: Option<String>,
    // GitLab takes the targets as one comma-separated string; in a JSON body a list would be
    // refused, so they travel in the query string (GitLab merges both).
    /// Usernames to set the gate for.
    #[param(query, comma)]
    pub user: Option<Vec<String>>,
    /// Full paths of the groups to set the gate for, such as `gitlab-org`.
    #[param(query, comma)]
    pub group: Option<Vec<String>>,
    /// Paths of the group or user namespaces to set the gate for, such as `john-doe` (GitLab
    /// 15.0 and later).
    #[param(query, comma)]
    pub namespace: Option<Vec<String>>,
    /// Full paths of the projects to set the gate for, such as `gitlab-org/gitlab-foss`.
    #[param(query, comma)]
    pub project: Option<Vec<String>>,
    // Not in the page's table; GitLab's API declares it next to the other targets.
    /// Paths of the repositories to set the gate for, such as `gitlab-org/gitlab-test.git`,
    /// `gitlab-org/gitlab-test.wiki.git` or `snippets/21.git`.
    #[param(query, comma)]
    pub repository: Option<Vec<String>>,
    /// Skip the checks of the flag, such as having a YAML definition.
    pub force: Option<bool>,
}

/// Remove a feature flag's gates, back to its default state.
///
/// Answers the same whether the flag had gates or not.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    delete, "/features/{name}",
    tag = "Features",
    response = (),
    admin,
)]
pub struct DeleteFeature {
    /// Name of the feature flag.
    #[param(path)]
    pub name: String,
}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ListFeatures,
        ListFeatureDefinitions,
        SetFeature,
        DeleteFeature
    ]
}
