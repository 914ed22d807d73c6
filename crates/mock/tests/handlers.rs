//! What the example-backed implementation cannot show, checked with a probe implementation of
//! the generated traits served by the real `gitlab_server::router`: the typed caller identity a
//! handler receives for every authentication scheme and under sudo, decoded `%2F` path values
//! and parsed array/hash query forms, 501 for an operation left unimplemented, 500 for a
//! panicking handler (and the server still serving), 429 from a rate-limit hook, and the
//! pagination helper past 10,000 items and in keyset mode.

use std::sync::{Arc, Mutex};

use axum::http::request::Parts;
use gitlab_client::models::{Email, Metadata, Topic, Version};
use gitlab_mock::TokenTable;
use gitlab_mock::{SAMPLE_ADMIN_NO_SUDO_TOKEN, SAMPLE_ADMIN_TOKEN, SAMPLE_USER_TOKEN};
use gitlab_server::support::RawJson;
use gitlab_server::support::{AuthMethod, Authenticator, Caller, RateLimit, ServerConfig};
use gitlab_server::{ApiError, Input, Reply};
use serde_json::{Value, json};

/// Implements every tag; overrides a few operations to observe what the router gives them.
#[derive(Default)]
struct Probe {
    /// The caller of every `GET /version`, in order.
    callers: Mutex<Vec<Option<Caller>>>,
}

const EMAIL_COUNT: i64 = 10_001;
/// How many groups `GET /groups` lists.
const GROUP_COUNT: i64 = 5;

impl gitlab_server::version::VersionApi for Probe {
    async fn get_version(
        &self,
        request: &Input,
        _input: gitlab_server::version::GetVersionInput,
    ) -> Result<Reply<Version>, ApiError> {
        self.callers
            .lock()
            .expect("lock")
            .push(request.caller.clone());
        Ok(Reply::new(Version {
            version: "probe".to_owned(),
            revision: "0".to_owned(),
        }))
    }
}

impl gitlab_server::issues::IssuesApi for Probe {
    async fn list_project_issues(
        &self,
        _request: &Input,
        input: gitlab_server::issues::ListProjectIssuesInput,
    ) -> Result<Reply<Vec<gitlab_client::models::Issue>>, ApiError> {
        let seen = json!({
            "id": input.id,
            "labels": input.labels,
            "iids": input.iids,
            "not": input.not,
            "assignee_username": input.assignee_username,
        });
        Ok(Reply::new(Vec::new()).header("x-probe", seen.to_string()))
    }
}

impl gitlab_server::metadata::MetadataApi for Probe {
    async fn get_metadata(
        &self,
        _request: &Input,
        _input: gitlab_server::metadata::GetMetadataInput,
    ) -> Result<Reply<Metadata>, ApiError> {
        panic!("the probe panics on purpose");
    }
}

impl gitlab_server::users::UsersApi for Probe {
    async fn list_emails(
        &self,
        _request: &Input,
        _input: gitlab_server::users::ListEmailsInput,
    ) -> Result<Reply<Vec<Email>>, ApiError> {
        let emails = (1..=EMAIL_COUNT)
            .map(|id| Email {
                id,
                email: format!("user{id}@example.com"),
                confirmed_at: None,
            })
            .collect();
        Ok(Reply::new(emails))
    }
}

impl gitlab_server::topics::TopicsApi for Probe {
    async fn list_topics(
        &self,
        _request: &Input,
        _input: gitlab_server::topics::ListTopicsInput,
    ) -> Result<Reply<Vec<Topic>>, ApiError> {
        Ok(Reply::new(
            (1..=5)
                .map(|id| Topic {
                    id,
                    name: format!("t{id}"),
                    title: format!("T{id}"),
                    description: None,
                    total_projects_count: 0,
                    avatar_url: None,
                })
                .collect(),
        ))
    }
}

impl gitlab_server::projects::ProjectsApi for Probe {}
impl gitlab_server::labels::LabelsApi for Probe {}
impl gitlab_server::group_labels::GroupLabelsApi for Probe {}
impl gitlab_server::milestones::MilestonesApi for Probe {}
impl gitlab_server::group_milestones::GroupMilestonesApi for Probe {}
impl gitlab_server::branches::BranchesApi for Probe {}
impl gitlab_server::protected_branches::ProtectedBranchesApi for Probe {}
impl gitlab_server::tags::TagsApi for Probe {}
impl gitlab_server::protected_tags::ProtectedTagsApi for Probe {}
impl gitlab_server::project_badges::ProjectBadgesApi for Probe {}
impl gitlab_server::group_badges::GroupBadgesApi for Probe {}
impl gitlab_server::award_emoji::AwardEmojiApi for Probe {}
impl gitlab_server::access_requests::AccessRequestsApi for Probe {}
impl gitlab_server::invitations::InvitationsApi for Probe {}
impl gitlab_server::deploy_keys::DeployKeysApi for Probe {}
impl gitlab_server::deploy_tokens::DeployTokensApi for Probe {}
impl gitlab_server::namespaces::NamespacesApi for Probe {}
impl gitlab_server::keys::KeysApi for Probe {}
impl gitlab_server::avatar::AvatarApi for Probe {}
impl gitlab_server::markdown::MarkdownApi for Probe {}
impl gitlab_server::applications::ApplicationsApi for Probe {}
impl gitlab_server::broadcast_messages::BroadcastMessagesApi for Probe {}
impl gitlab_server::appearance::AppearanceApi for Probe {}
impl gitlab_server::freeze_periods::FreezePeriodsApi for Probe {}
impl gitlab_server::custom_attributes::CustomAttributesApi for Probe {}
impl gitlab_server::merge_request_approvals::MergeRequestApprovalsApi for Probe {}
impl gitlab_server::repositories::RepositoriesApi for Probe {}
impl gitlab_server::repository_files::RepositoryFilesApi for Probe {}
impl gitlab_server::releases::ReleasesApi for Probe {}
impl gitlab_server::release_links::ReleaseLinksApi for Probe {}
impl gitlab_server::remote_mirrors::RemoteMirrorsApi for Probe {}
impl gitlab_server::project_snippets::ProjectSnippetsApi for Probe {}
impl gitlab_server::snippets::SnippetsApi for Probe {}
impl gitlab_server::wikis::WikisApi for Probe {}
impl gitlab_server::merge_requests::MergeRequestsApi for Probe {}
impl gitlab_server::merge_trains::MergeTrainsApi for Probe {}
impl gitlab_server::commits::CommitsApi for Probe {}
impl gitlab_server::repository_submodules::RepositorySubmodulesApi for Probe {}
impl gitlab_server::notes::NotesApi for Probe {}
impl gitlab_server::discussions::DiscussionsApi for Probe {}
impl gitlab_server::suggestions::SuggestionsApi for Probe {}
impl gitlab_server::project_import_and_export::ProjectImportAndExportApi for Probe {}
impl gitlab_server::project_templates::ProjectTemplatesApi for Probe {}
impl gitlab_server::project_access_tokens::ProjectAccessTokensApi for Probe {}
impl gitlab_server::groups::GroupsApi for Probe {
    /// Five groups, the whole list, for the pagination helper to cut (keyset included: the
    /// list offers keyset pagination ordered by name).
    async fn list_groups(
        &self,
        _request: &Input,
        _input: gitlab_server::groups::ListGroupsInput,
    ) -> Result<Reply<Vec<gitlab_client::models::Group>>, ApiError> {
        let groups: Vec<Value> = (1..=GROUP_COUNT)
            .map(|id| json!({"id": id, "name": format!("group{id}")}))
            .collect();
        RawJson::parse(&Value::Array(groups).to_string()).map(Reply::raw)
    }
}
impl gitlab_server::members::MembersApi for Probe {}
impl gitlab_server::group_access_tokens::GroupAccessTokensApi for Probe {}
impl gitlab_server::personal_access_tokens::PersonalAccessTokensApi for Probe {}
impl gitlab_server::project_issue_boards::ProjectIssueBoardsApi for Probe {}
impl gitlab_server::group_issue_boards::GroupIssueBoardsApi for Probe {}
impl gitlab_server::group_wikis::GroupWikisApi for Probe {}
impl gitlab_server::group_releases::GroupReleasesApi for Probe {}
impl gitlab_server::project_iterations::ProjectIterationsApi for Probe {}
impl gitlab_server::group_iterations::GroupIterationsApi for Probe {}
impl gitlab_server::group_activity_analytics::GroupActivityAnalyticsApi for Probe {}
impl gitlab_server::notification_settings::NotificationSettingsApi for Probe {}
impl gitlab_server::events::EventsApi for Probe {}
impl gitlab_server::to_do_items::ToDoItemsApi for Probe {}
impl gitlab_server::search::SearchApi for Probe {}
impl gitlab_server::scim::ScimApi for Probe {}
impl gitlab_server::import::ImportApi for Probe {}
impl gitlab_server::pipelines::PipelinesApi for Probe {}
impl gitlab_server::pipeline_schedules::PipelineSchedulesApi for Probe {}
impl gitlab_server::pipeline_trigger_tokens::PipelineTriggerTokensApi for Probe {}
impl gitlab_server::ci_lint::CiLintApi for Probe {}
impl gitlab_server::project_level_variables::ProjectLevelVariablesApi for Probe {}
impl gitlab_server::group_level_variables::GroupLevelVariablesApi for Probe {}
impl gitlab_server::instance_level_ci_cd_variables::InstanceLevelCiCdVariablesApi for Probe {}
impl gitlab_server::environments::EnvironmentsApi for Probe {}
impl gitlab_server::deployments::DeploymentsApi for Probe {}
impl gitlab_server::protected_environments::ProtectedEnvironmentsApi for Probe {}
impl gitlab_server::jobs::JobsApi for Probe {}
impl gitlab_server::runners::RunnersApi for Probe {}
impl gitlab_server::feature_flags::FeatureFlagsApi for Probe {}
impl gitlab_server::feature_flag_user_lists::FeatureFlagUserListsApi for Probe {}
impl gitlab_server::packages::PackagesApi for Probe {}
impl gitlab_server::debian_group_distributions::DebianGroupDistributionsApi for Probe {}
impl gitlab_server::debian_project_distributions::DebianProjectDistributionsApi for Probe {}
impl gitlab_server::container_registry::ContainerRegistryApi for Probe {}
impl gitlab_server::cluster_agents::ClusterAgentsApi for Probe {}
impl gitlab_server::project_clusters::ProjectClustersApi for Probe {}
impl gitlab_server::instance_clusters::InstanceClustersApi for Probe {}
impl gitlab_server::pages_domains::PagesDomainsApi for Probe {}
impl gitlab_server::error_tracking::ErrorTrackingApi for Probe {}
impl gitlab_server::vulnerabilities::VulnerabilitiesApi for Probe {}
impl gitlab_server::vulnerability_exports::VulnerabilityExportsApi for Probe {}
impl gitlab_server::vulnerability_findings::VulnerabilityFindingsApi for Probe {}
impl gitlab_server::project_vulnerabilities::ProjectVulnerabilitiesApi for Probe {}
impl gitlab_server::dependencies::DependenciesApi for Probe {}
impl gitlab_server::managed_licenses::ManagedLicensesApi for Probe {}
impl gitlab_server::audit_events::AuditEventsApi for Probe {}
impl gitlab_server::sidekiq_queues::SidekiqQueuesApi for Probe {}
impl gitlab_server::geo_nodes::GeoNodesApi for Probe {}
impl gitlab_server::sidekiq_metrics::SidekiqMetricsApi for Probe {}
impl gitlab_server::system_hooks::SystemHooksApi for Probe {}
impl gitlab_server::templates::TemplatesApi for Probe {}
impl gitlab_server::dashboard_annotations::DashboardAnnotationsApi for Probe {}
impl gitlab_server::user_starred_metrics_dashboards::UserStarredMetricsDashboardsApi for Probe {}
impl gitlab_server::group_repository_storage_moves::GroupRepositoryStorageMovesApi for Probe {}
impl gitlab_server::project_repository_storage_moves::ProjectRepositoryStorageMovesApi for Probe {}
impl gitlab_server::snippet_repository_storage_moves::SnippetRepositoryStorageMovesApi for Probe {}
impl gitlab_server::integrations::IntegrationsApi for Probe {}
impl gitlab_server::issues_statistics::IssuesStatisticsApi for Probe {}
impl gitlab_server::issue_links::IssueLinksApi for Probe {}
impl gitlab_server::epics::EpicsApi for Probe {}
impl gitlab_server::epic_issues::EpicIssuesApi for Probe {}
impl gitlab_server::epic_links::EpicLinksApi for Probe {}
impl gitlab_server::linked_epics::LinkedEpicsApi for Probe {}
impl gitlab_server::resource_label_events::ResourceLabelEventsApi for Probe {}
impl gitlab_server::visual_review_discussions::VisualReviewDiscussionsApi for Probe {}
impl gitlab_server::features::FeaturesApi for Probe {}
impl gitlab_server::license::LicenseApi for Probe {}
impl gitlab_server::plan_limits::PlanLimitsApi for Probe {}
impl gitlab_server::application_settings::ApplicationSettingsApi for Probe {}
impl gitlab_server::application_statistics::ApplicationStatisticsApi for Probe {}
impl gitlab_server::service_data::ServiceDataApi for Probe {}

/// Limits `alice` (the effective caller) for 42 seconds; everyone else passes.
struct LimitAlice;

impl RateLimit for LimitAlice {
    fn check(&self, caller: Option<&Caller>, _parts: &Parts) -> Option<u64> {
        caller.filter(|c| c.user.username == "alice").map(|_| 42)
    }
}

struct Served {
    base: String,
    client: reqwest::Client,
    probe: Arc<Probe>,
}

impl Served {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn get(&self, path: &str) -> reqwest::RequestBuilder {
        self.client.get(self.url(path))
    }

    fn take_callers(&self) -> Vec<Option<Caller>> {
        std::mem::take(&mut *self.probe.callers.lock().expect("lock"))
    }
}

async fn serve(rate_limit: Option<Arc<dyn RateLimit>>) -> Served {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let probe = Arc::new(Probe::default());
    let config = ServerConfig {
        auth: Authenticator::new(TokenTable::sample()),
        rate_limit,
        ..ServerConfig::default()
    };
    let router = gitlab_server::router(Arc::clone(&probe), config);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move {
        axum::serve(listener, router).await.expect("serve");
    });
    Served {
        base: format!("http://{address}"),
        client: reqwest::Client::builder().build().expect("client"),
        probe,
    }
}

fn header(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get(name)
        .map(|v| v.to_str().expect("ASCII header").to_owned())
}

async fn json_of(response: reqwest::Response) -> (u16, Value) {
    let status = response.status().as_u16();
    let text = response.text().await.expect("body");
    let body = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("status {status}: body is not JSON ({e}): {text:?}"));
    (status, body)
}

/// `(user, impersonator, method, scopes)` of a caller, for exact comparison.
fn identity(caller: &Caller) -> (u64, String, Option<String>, AuthMethod, Vec<String>) {
    (
        caller.user.id,
        caller.user.username.clone(),
        caller.impersonator.as_ref().map(|u| u.username.clone()),
        caller.method,
        caller.scopes.clone(),
    )
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

#[tokio::test]
async fn every_auth_scheme_gives_the_handler_a_typed_caller() {
    let s = serve(None).await;
    let token = SAMPLE_USER_TOKEN;
    let requests = [
        (
            s.get("/api/v4/version").header("PRIVATE-TOKEN", token),
            AuthMethod::PrivateTokenHeader,
        ),
        (
            s.get("/api/v4/version").bearer_auth(token),
            AuthMethod::Bearer,
        ),
        (
            s.get("/api/v4/version").header("JOB-TOKEN", token),
            AuthMethod::JobToken,
        ),
        (
            s.get(&format!("/api/v4/version?private_token={token}")),
            AuthMethod::PrivateTokenQuery,
        ),
        (
            s.get(&format!("/api/v4/version?access_token={token}")),
            AuthMethod::AccessTokenQuery,
        ),
        (
            s.get("/api/v4/version")
                .header("cookie", format!("_gitlab_session={token}")),
            AuthMethod::SessionCookie,
        ),
    ];
    for (request, method) in requests {
        let response = request.send().await.expect("request");
        assert_eq!(
            json_of(response).await,
            (200, json!({"version": "probe", "revision": "0"})),
            "{method:?}"
        );
        let callers = s.take_callers();
        let [Some(caller)] = callers.as_slice() else {
            panic!("{method:?}: the handler saw {callers:?}");
        };
        assert_eq!(
            identity(caller),
            (2, "alice".to_owned(), None, method, strings(&["api"])),
            "{method:?}"
        );
    }
}

#[tokio::test]
async fn anonymous_call_of_a_non_public_operation_answers_401_before_the_handler() {
    let s = serve(None).await;
    let response = s.get("/api/v4/version").send().await.expect("request");
    assert_eq!(
        json_of(response).await,
        (401, json!({"message": "401 Unauthorized"}))
    );
    assert!(s.take_callers().is_empty(), "the handler must not run");
}

#[tokio::test]
async fn sudo_gives_the_handler_the_impersonated_user() {
    let s = serve(None).await;
    for (request, expected_user) in [
        (
            s.get("/api/v4/version")
                .header("PRIVATE-TOKEN", SAMPLE_ADMIN_TOKEN)
                .header("Sudo", "alice"),
            (2, "alice"),
        ),
        (
            s.get(&format!(
                "/api/v4/version?private_token={SAMPLE_ADMIN_TOKEN}&sudo=3"
            )),
            (3, "bob"),
        ),
    ] {
        let response = request.send().await.expect("request");
        assert_eq!(response.status(), 200);
        let callers = s.take_callers();
        let [Some(caller)] = callers.as_slice() else {
            panic!("the handler saw {callers:?}");
        };
        assert_eq!(
            (
                caller.user.id,
                caller.user.username.as_str(),
                caller
                    .impersonator
                    .as_ref()
                    .map(|u| (u.id, u.username.as_str(), u.admin))
            ),
            (expected_user.0, expected_user.1, Some((1, "root", true)))
        );
        assert_eq!(caller.scopes, strings(&["api", "sudo"]));
    }
    // Without sudo the admin is themself, with no impersonator.
    let response = s
        .get("/api/v4/version")
        .header("PRIVATE-TOKEN", SAMPLE_ADMIN_NO_SUDO_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
    let callers = s.take_callers();
    let [Some(caller)] = callers.as_slice() else {
        panic!("the handler saw {callers:?}");
    };
    assert_eq!(
        identity(caller),
        (
            1,
            "root".to_owned(),
            None,
            AuthMethod::PrivateTokenHeader,
            strings(&["api"])
        )
    );
    // The sudo errors stop the request before the handler.
    for (token, status) in [
        (SAMPLE_USER_TOKEN, 403),
        (SAMPLE_ADMIN_NO_SUDO_TOKEN, 403),
        (SAMPLE_ADMIN_TOKEN, 404),
    ] {
        let response = s
            .get("/api/v4/version?sudo=nobody")
            .header("PRIVATE-TOKEN", token)
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), status, "{token}");
    }
    assert!(s.take_callers().is_empty(), "the handler must not run");
}

#[tokio::test]
async fn encoded_slash_and_query_forms_reach_the_handler_decoded() {
    let s = serve(None).await;
    let response = s
        .get(
            "/api/v4/projects/group%2Fsub%2Fproject/issues\
             ?labels[]=bug&labels[]=ui%20x&iids=1&iids=2&not[labels]=wontfix&not[milestone]=v1\
             &assignee_username[]=alice",
        )
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
    let seen: Value =
        serde_json::from_str(&header(&response, "x-probe").expect("x-probe")).expect("JSON");
    assert_eq!(
        seen,
        json!({
            "id": "group/sub/project",
            "labels": ["bug", "ui x"],
            "iids": [1, 2],
            "not": {"labels": "wontfix", "milestone": "v1"},
            "assignee_username": ["alice"],
        })
    );
    // The comma form of `labels`.
    let response = s
        .get("/api/v4/projects/group%2Fproject/issues?labels=bug,ui")
        .send()
        .await
        .expect("request");
    let seen: Value =
        serde_json::from_str(&header(&response, "x-probe").expect("x-probe")).expect("JSON");
    assert_eq!(
        (&seen["id"], &seen["labels"]),
        (&json!("group/project"), &json!(["bug", "ui"]))
    );
}

#[tokio::test]
async fn unimplemented_operation_answers_501_json() {
    let s = serve(None).await;
    let response = s
        .get("/api/v4/projects/1")
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(
        header(&response, "content-type").as_deref(),
        Some("application/json")
    );
    assert_eq!(
        json_of(response).await,
        (501, json!({"message": "501 Not Implemented: getProject"}))
    );
}

#[tokio::test]
async fn panicking_handler_answers_500_json_and_the_server_keeps_serving() {
    let s = serve(None).await;
    for _ in 0..2 {
        let response = s
            .get("/api/v4/metadata")
            .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
            .send()
            .await
            .expect("request");
        assert_eq!(
            header(&response, "content-type").as_deref(),
            Some("application/json")
        );
        assert_eq!(
            json_of(response).await,
            (500, json!({"message": "500 Internal Server Error"}))
        );
        let next = s
            .get("/api/v4/version")
            .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
            .send()
            .await
            .expect("the server must still answer");
        assert_eq!(
            json_of(next).await,
            (200, json!({"version": "probe", "revision": "0"}))
        );
    }
}

#[tokio::test]
async fn rate_limit_hook_answers_429_with_retry_after() {
    let s = serve(Some(Arc::new(LimitAlice))).await;
    for request in [
        s.get("/api/v4/version")
            .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN),
        // The effective (impersonated) caller is the one limited.
        s.get("/api/v4/version?sudo=alice")
            .header("PRIVATE-TOKEN", SAMPLE_ADMIN_TOKEN),
    ] {
        let response = request.send().await.expect("request");
        assert_eq!(response.status(), 429);
        assert_eq!(header(&response, "retry-after").as_deref(), Some("42"));
        assert_eq!(response.text().await.expect("body"), "Retry later\n");
    }
    assert!(s.take_callers().is_empty(), "the handler must not run");
    // Others pass.
    let response = s
        .get("/api/v4/version")
        .header("PRIVATE-TOKEN", SAMPLE_ADMIN_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn offset_pages_link_all_four_and_keep_other_parameters() {
    let s = serve(None).await;
    let response = s
        .get("/api/v4/topics?search=a%26b&per_page=2&page=2&order=x")
        .send()
        .await
        .expect("request");
    let link = |page: u32| {
        format!(
            "{}/api/v4/topics?search=a%26b&per_page=2&page={page}&order=x",
            s.base
        )
    };
    assert_eq!(
        header(&response, "link"),
        Some(format!(
            "<{}>; rel=\"prev\", <{}>; rel=\"next\", <{}>; rel=\"first\", <{}>; rel=\"last\"",
            link(1),
            link(3),
            link(1),
            link(3)
        ))
    );
    let headers: Vec<Option<String>> = [
        "x-page",
        "x-per-page",
        "x-prev-page",
        "x-next-page",
        "x-total",
        "x-total-pages",
    ]
    .iter()
    .map(|name| header(&response, name))
    .collect();
    assert_eq!(
        headers,
        ["2", "2", "1", "3", "5", "3"].map(|v| Some(v.to_owned()))
    );
    let (status, body) = json_of(response).await;
    let ids: Vec<&Value> = body
        .as_array()
        .expect("array")
        .iter()
        .map(|t| &t["id"])
        .collect();
    assert_eq!((status, ids), (200, vec![&json!(3), &json!(4)]));
}

#[tokio::test]
async fn past_ten_thousand_items_totals_and_last_are_left_out() {
    let s = serve(None).await;
    let response = s
        .get("/api/v4/user/emails?page=3&per_page=100")
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .send()
        .await
        .expect("request");
    let link = |page: u32| format!("{}/api/v4/user/emails?page={page}&per_page=100", s.base);
    assert_eq!(
        header(&response, "link"),
        Some(format!(
            "<{}>; rel=\"prev\", <{}>; rel=\"next\", <{}>; rel=\"first\"",
            link(2),
            link(4),
            link(1)
        ))
    );
    assert_eq!(header(&response, "x-page").as_deref(), Some("3"));
    assert_eq!(header(&response, "x-per-page").as_deref(), Some("100"));
    assert_eq!(header(&response, "x-prev-page").as_deref(), Some("2"));
    assert_eq!(header(&response, "x-next-page").as_deref(), Some("4"));
    assert_eq!(header(&response, "x-total"), None);
    assert_eq!(header(&response, "x-total-pages"), None);
    let (status, body) = json_of(response).await;
    let items = body.as_array().expect("array");
    assert_eq!(
        (status, items.len(), &items[0]["id"]),
        (200, 100, &json!(201))
    );
}

#[tokio::test]
async fn keyset_lists_get_only_the_next_link() {
    let s = serve(None).await;
    let keyset = "pagination=keyset&per_page=2&order_by=name&sort=asc";
    let response = s
        .get(&format!("/api/v4/groups?{keyset}"))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(
        header(&response, "link"),
        Some(format!(
            "<{}/api/v4/groups?{keyset}&id_after=2>; rel=\"next\"",
            s.base
        ))
    );
    for name in [
        "x-page",
        "x-per-page",
        "x-prev-page",
        "x-next-page",
        "x-total",
        "x-total-pages",
    ] {
        assert_eq!(header(&response, name), None, "{name}");
    }
    let (status, body) = json_of(response).await;
    let ids = |body: &Value| {
        body.as_array()
            .map(|a| a.iter().map(|e| e["id"].clone()).collect::<Vec<_>>())
    };
    assert_eq!((status, ids(&body)), (200, Some(vec![json!(1), json!(2)])));
    // Following the link gives the next items; the last page has no link at all.
    let response = s
        .get(&format!("/api/v4/groups?{keyset}&id_after=2"))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(
        header(&response, "link"),
        Some(format!(
            "<{}/api/v4/groups?{keyset}&id_after=4>; rel=\"next\"",
            s.base
        ))
    );
    let (_, body) = json_of(response).await;
    assert_eq!(ids(&body), Some(vec![json!(3), json!(4)]));
    let last = s
        .get(&format!("/api/v4/groups?{keyset}&id_after=4"))
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(header(&last, "link"), None);
    let (_, body) = json_of(last).await;
    assert_eq!(
        body,
        json!([{"id": GROUP_COUNT, "name": format!("group{GROUP_COUNT}")}])
    );
}

#[tokio::test]
async fn keyset_pagination_a_list_does_not_offer_answers_405_as_gitlab() {
    let s = serve(None).await;
    // A list without keyset pagination, and one asked with an ordering it is not offered with.
    for query in [
        "/api/v4/user/emails?pagination=keyset&per_page=2",
        "/api/v4/groups?pagination=keyset&order_by=id",
        "/api/v4/groups?pagination=keyset&order_by=name&sort=desc",
    ] {
        let response = s
            .get(query)
            .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
            .send()
            .await
            .expect("request");
        let (status, body) = json_of(response).await;
        assert_eq!(
            (status, body),
            (
                405,
                json!({"error": "Keyset pagination is not yet available for this type of request"})
            ),
            "{query}"
        );
    }
    // A list paged by its own cursor (`page_token`) takes keyset with any ordering: the request
    // reaches the (unimplemented, so 501) handler.
    let response = s
        .get("/api/v4/projects/1/repository/tree?pagination=keyset&page_token=abc&order_by=x")
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 501);
    // Offset pagination of the same list is unaffected.
    let response = s
        .get("/api/v4/groups?per_page=2&order_by=id")
        .header("PRIVATE-TOKEN", SAMPLE_USER_TOKEN)
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200);
}
