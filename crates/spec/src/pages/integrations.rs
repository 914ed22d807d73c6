//! The integrations page: integrations of a project with other services: reading, setting and disabling each one.
//!
//! The page is one pattern repeated for every integration: `PUT` sets it up (with the
//! integration's own settings), `DELETE` disables it, `GET` reads it. Each integration is
//! therefore one entry of the `integrations!` macro below, which expands into:
//!
//! - `<Name>IntegrationSettings` (`#[derive(Params)]`): every documented parameter of setting
//!   it up, typed, required or not;
//! - `<Name>IntegrationProperties` (a model): the settings as GitLab shows them in the
//!   answers' `properties`, every one optional, secret ones left out;
//! - the route types `Set<Name>Integration` (PUT), `Disable<Name>Integration` (DELETE) and
//!   `Get<Name>Integration` (GET); PUT and GET answer
//!   [`Integration<<Name>IntegrationProperties>`](crate::models::Integration);
//! - and their place in this page's list of endpoints.
//!
//! Adding an integration is adding an entry (and its GET example).

// The generated settings structs write their types `self::String`, `self::bool` (see
// `integrations!`), so these names must resolve in this module.
use core::primitive::{bool, u64};
use std::string::String;

use gitlab_endpoint::{Endpoint, EndpointInfo, IdOrPath, Params};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::models::{BranchesToBeNotified, Integration, IntegrationBasic};

/// List the active integrations of a project.
///
/// Each integration comes without its settings; read one integration for those. The list is
/// not paginated.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/projects/{id}/integrations",
    tag = "Integrations",
    response = Vec<IntegrationBasic>,
    example = "integrations/list_integrations.json",
)]
pub struct ListIntegrations {
    /// The project, by numeric ID or URL-encoded full path.
    #[param(path)]
    pub id: IdOrPath,
}

/// Event flags of the chat integrations (Slack, Mattermost, Microsoft Teams, Hangouts Chat,
/// Webex Teams, Unify Circuit): which events they post about.
#[derive(Debug, Clone, Default, Params)]
pub struct ChatNotificationEvents {
    /// Post about pushes.
    pub push_events: Option<bool>,
    /// Post about issue events.
    pub issues_events: Option<bool>,
    /// Post about events of confidential issues.
    pub confidential_issues_events: Option<bool>,
    /// Post about merge request events.
    pub merge_requests_events: Option<bool>,
    /// Post about tag pushes.
    pub tag_push_events: Option<bool>,
    /// Post about comments.
    pub note_events: Option<bool>,
    /// Post about comments on confidential issues.
    pub confidential_note_events: Option<bool>,
    /// Post about pipeline events.
    pub pipeline_events: Option<bool>,
    /// Post about wiki page events.
    pub wiki_page_events: Option<bool>,
}

/// Event flags of the integrations that act on code changes (Buildkite, Drone CI, Jenkins,
/// Packagist): which events trigger them.
#[derive(Debug, Clone, Default, Params)]
pub struct TriggerEvents {
    /// Act on pushes.
    pub push_events: Option<bool>,
    /// Act on merge request events.
    pub merge_requests_events: Option<bool>,
    /// Act on tag pushes.
    pub tag_push_events: Option<bool>,
}

/// Declares the integrations of the page, one entry each.
///
/// ```text
/// /// <what the integration does: a paragraph of the routes' descriptions>
/// "<Title, as in the summaries>" {
///     path: "/projects/{id}/integrations/<slug>",
///     example: "integrations/get_<slug>_integration.json",
///     routes: Set<Name>Integration, Disable<Name>Integration, Get<Name>Integration,
///     settings: <Name>IntegrationSettings,
///     properties: <Name>IntegrationProperties,
///     endpoint_flags: [deprecated],      // optional: keys added to the three `#[endpoint]`s
///     fields: {
///         /// Doc comment of the setting (both in the settings and in the properties).
///         name: String,                  // required setting; optional property
///         name: Option<T>,               // optional setting and property
///         deprecated name: Option<T>,    // a setting GitLab deprecated
///         secret name: T,                // a setting never shown in `properties` (or Option<T>)
///         flag name: Option<bool>,       // a flag answered at the top level (`push_events`)
///         flatten name: SharedParams,    // shared flags (`ChatNotificationEvents`)
///     }
/// }
/// ```
///
/// Types are single identifiers (`String`, `bool`, `u64`, an enum), in `Option<...>` when
/// optional. Write each paragraph of an entry's doc comment on one line: the routes' docs put
/// it after their summary, and the derive would join wrapped lines with two spaces.
///
/// The derives read only literal doc comments and a literal path, and `macro_rules!` cannot
/// glue identifiers, so every entry names its path, example and types itself. The summaries
/// are doc lines that the derive joins into one (`"Get the"`, the title, `"integration of a
/// project, with its settings."`).
macro_rules! integrations {
    // One field at a time. Settings fields collect in the first bracket as
    // `{ [docs] [attributes] name [before] Type [after] }` (`before`/`after` are `Option<`
    // and `>` for optional ones), properties in the second as finished fields.
    //
    // Two things keep `#[derive(Params)]` working here. Types are matched as identifiers,
    // which reach the derive as written (a `ty` fragment would reach it wrapped in an
    // invisible group, hiding the `Option` that makes a parameter optional). And the final
    // rule writes each type as `self::Type`: the derive names its local variables with the
    // span of a field's type, so the type's first token must come from the expansion that
    // also writes the `#[derive]` (each step of this muncher is an expansion of its own).
    (@fields $head:tt [$($settings:tt)*] [$($props:tt)*]
        $(#[doc = $doc:literal])* secret $name:ident : Option<$ty:ident> $(, $($rest:tt)*)?
    ) => {
        integrations!(@fields $head
            [$($settings)* { [$($doc)*] [] $name [Option<] $ty [>] }]
            [$($props)*]
            $($($rest)*)?);
    };
    (@fields $head:tt [$($settings:tt)*] [$($props:tt)*]
        $(#[doc = $doc:literal])* secret $name:ident : $ty:ident $(, $($rest:tt)*)?
    ) => {
        integrations!(@fields $head
            [$($settings)* { [$($doc)*] [] $name [] $ty [] }]
            [$($props)*]
            $($($rest)*)?);
    };
    (@fields $head:tt [$($settings:tt)*] [$($props:tt)*]
        $(#[doc = $doc:literal])* flag $name:ident : Option<$ty:ident> $(, $($rest:tt)*)?
    ) => {
        integrations!(@fields $head
            [$($settings)* { [$($doc)*] [] $name [Option<] $ty [>] }]
            [$($props)*]
            $($($rest)*)?);
    };
    (@fields $head:tt [$($settings:tt)*] [$($props:tt)*]
        $(#[doc = $doc:literal])* flatten $name:ident : $ty:ident $(, $($rest:tt)*)?
    ) => {
        integrations!(@fields $head
            [$($settings)* { [$($doc)*] [#[param(flatten)]] $name [] $ty [] }]
            [$($props)*]
            $($($rest)*)?);
    };
    (@fields $head:tt [$($settings:tt)*] [$($props:tt)*]
        $(#[doc = $doc:literal])* deprecated $name:ident : Option<$ty:ident> $(, $($rest:tt)*)?
    ) => {
        integrations!(@fields $head
            [$($settings)* { [$($doc)*] [#[param(deprecated)]] $name [Option<] $ty [>] }]
            [$($props)* $(#[doc = $doc])* pub $name: Option<$ty>,]
            $($($rest)*)?);
    };
    (@fields $head:tt [$($settings:tt)*] [$($props:tt)*]
        $(#[doc = $doc:literal])* $name:ident : Option<$ty:ident> $(, $($rest:tt)*)?
    ) => {
        integrations!(@fields $head
            [$($settings)* { [$($doc)*] [] $name [Option<] $ty [>] }]
            [$($props)* $(#[doc = $doc])* pub $name: Option<$ty>,]
            $($($rest)*)?);
    };
    (@fields $head:tt [$($settings:tt)*] [$($props:tt)*]
        $(#[doc = $doc:literal])* $name:ident : $ty:ident $(, $($rest:tt)*)?
    ) => {
        integrations!(@fields $head
            [$($settings)* { [$($doc)*] [] $name [] $ty [] }]
            [$($props)* $(#[doc = $doc])* pub $name: Option<$ty>,]
            $($($rest)*)?);
    };
    // Every field read: the types of one integration.
    (@fields [
        [$($about:literal)*] $title:literal $path:literal $example:literal
        $set:ident $disable:ident $get:ident $settings_ty:ident $props_ty:ident
        [$($flag:ident)*]
    ] [$({
        [$($doc:literal)*] [$($attr:tt)*] $name:ident [$($before:tt)*] $ty:ident [$($after:tt)*]
    })*] [$($props:tt)*]) => {
        #[doc = concat!("The parameters of setting up the ", $title, " integration.")]
        #[derive(Debug, Clone, Default, Params)]
        pub struct $settings_ty {
            $($(#[doc = $doc])* $($attr)* pub $name: $($before)* self::$ty $($after)*,)*
        }

        #[doc = concat!("Settings of the ", $title, " integration, as GitLab shows them.")]
        ///
        /// Every setting is optional: unset ones are `null` or left out, and secret ones
        /// (passwords, tokens, API keys) are never shown.
        #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
        #[schema(description = concat!(
            "Settings of the ", $title, " integration, as GitLab shows them. Every setting is ",
            "optional: unset ones are `null` or left out, and secret ones (passwords, tokens, ",
            "API keys) are never shown."
        ))]
        pub struct $props_ty {
            $($props)*
        }

        #[doc = "Set up or change the"]
        #[doc = $title]
        #[doc = "integration of a project."]
        #[doc = ""]
        $(#[doc = $about])*
        #[doc = ""]
        #[doc = "Setting the integration also activates it."]
        #[doc = "Answers the integration with its settings."]
        #[derive(Debug, Clone, Endpoint)]
        #[endpoint(
            put, $path,
            tag = "Integrations",
            response = Integration<$props_ty>,
            example = $example,
            $($flag,)*
        )]
        pub struct $set {
            /// The project, by numeric ID or URL-encoded full path.
            #[param(path)]
            pub id: IdOrPath,
            /// The integration's settings.
            #[param(flatten)]
            pub settings: self::$settings_ty,
        }

        #[doc = "Disable the"]
        #[doc = $title]
        #[doc = "integration of a project."]
        #[doc = ""]
        $(#[doc = $about])*
        #[derive(Debug, Clone, Endpoint)]
        #[endpoint(delete, $path, tag = "Integrations", response = () $(, $flag)*)]
        pub struct $disable {
            /// The project, by numeric ID or URL-encoded full path.
            #[param(path)]
            pub id: IdOrPath,
        }

        #[doc = "Get the"]
        #[doc = $title]
        #[doc = "integration of a project, with its settings."]
        #[doc = ""]
        $(#[doc = $about])*
        #[doc = ""]
        #[doc = "Secret settings (passwords, tokens, API keys) are left out of `properties`."]
        #[derive(Debug, Clone, Endpoint)]
        #[endpoint(
            get, $path,
            tag = "Integrations",
            response = Integration<$props_ty>,
            example = $example,
            $($flag,)*
        )]
        pub struct $get {
            /// The project, by numeric ID or URL-encoded full path.
            #[param(path)]
            pub id: IdOrPath,
        }
    };
    // The entries.
    ($(
        $(#[doc = $about:literal])*
        $title:literal {
            path: $path:literal,
            example: $example:literal,
            routes: $set:ident, $disable:ident, $get:ident,
            settings: $settings_ty:ident,
            properties: $props_ty:ident,
            $(endpoint_flags: [$($flag:ident),* $(,)?],)?
            fields: { $($fields:tt)* } $(,)?
        }
    )*) => {
        $(
            integrations!(@fields [
                [$($about)*] $title $path $example $set $disable $get $settings_ty $props_ty
                [$($($flag)*)?]
            ] [] [] $($fields)*);
        )*

        /// The route types of this page, in the page's order.
        pub(crate) fn endpoints() -> Vec<EndpointInfo> {
            super::describe![ListIntegrations, $($set, $disable, $get),*]
        }
    };
}

integrations! {
    /// Asana: adds commit messages as comments to the Asana tasks they mention.
    "Asana" {
        path: "/projects/{id}/integrations/asana",
        example: "integrations/get_asana_integration.json",
        routes: SetAsanaIntegration, DisableAsanaIntegration, GetAsanaIntegration,
        settings: AsanaIntegrationSettings,
        properties: AsanaIntegrationProperties,
        fields: {
            /// API token of the Asana user the comments are posted as; the user must see the
            /// tasks.
            secret api_key: String,
            /// Comma-separated branches whose commits are inspected (empty: every branch).
            restrict_to_branch: Option<String>,
        }
    }

    /// Assembla: sends the project's commits to an Assembla space.
    "Assembla" {
        path: "/projects/{id}/integrations/assembla",
        example: "integrations/get_assembla_integration.json",
        routes: SetAssemblaIntegration, DisableAssemblaIntegration, GetAssemblaIntegration,
        settings: AssemblaIntegrationSettings,
        properties: AssemblaIntegrationProperties,
        fields: {
            /// Authentication token of the Assembla space.
            secret token: String,
            /// Subdomain of the Assembla space.
            subdomain: Option<String>,
        }
    }

    /// Atlassian Bamboo: builds on pushes (the plan needs revision labeling and a repo trigger).
    "Atlassian Bamboo CI" {
        path: "/projects/{id}/integrations/bamboo",
        example: "integrations/get_bamboo_integration.json",
        routes: SetBambooIntegration, DisableBambooIntegration, GetBambooIntegration,
        settings: BambooIntegrationSettings,
        properties: BambooIntegrationProperties,
        fields: {
            /// Root address of the Bamboo server, for example `https://bamboo.example.com`.
            bamboo_url: String,
            /// Check the server's TLS certificate (default `true`).
            enable_ssl_verification: Option<bool>,
            /// Key of the build plan, for example `KEY`.
            build_key: String,
            /// Bamboo user with API access.
            username: String,
            /// Password of that user.
            secret password: String,
        }
    }

    /// Bugzilla: uses Bugzilla as the project's issue tracker.
    "Bugzilla" {
        path: "/projects/{id}/integrations/bugzilla",
        example: "integrations/get_bugzilla_integration.json",
        routes: SetBugzillaIntegration, DisableBugzillaIntegration, GetBugzillaIntegration,
        settings: BugzillaIntegrationSettings,
        properties: BugzillaIntegrationProperties,
        fields: {
            /// Address of the page that creates a Bugzilla issue.
            new_issue_url: String,
            /// Address of a Bugzilla issue, with `:id` where the issue's ID goes.
            issues_url: String,
            /// Address of the Bugzilla project.
            project_url: String,
        }
    }

    /// Buildkite: runs Buildkite pipelines for the project's changes.
    "Buildkite" {
        path: "/projects/{id}/integrations/buildkite",
        example: "integrations/get_buildkite_integration.json",
        routes: SetBuildkiteIntegration, DisableBuildkiteIntegration, GetBuildkiteIntegration,
        settings: BuildkiteIntegrationSettings,
        properties: BuildkiteIntegrationProperties,
        fields: {
            /// GitLab token of the Buildkite pipeline.
            secret token: String,
            /// Address of the Buildkite pipeline, for example
            /// `https://buildkite.com/example/pipeline`.
            project_url: String,
            /// Ignored: the TLS certificate is always checked.
            deprecated enable_ssl_verification: Option<bool>,
            /// Events that trigger a build.
            flatten events: TriggerEvents,
        }
    }

    /// Campfire: posts push notifications to a Campfire chat room.
    "Campfire" {
        path: "/projects/{id}/integrations/campfire",
        example: "integrations/get_campfire_integration.json",
        routes: SetCampfireIntegration, DisableCampfireIntegration, GetCampfireIntegration,
        settings: CampfireIntegrationSettings,
        properties: CampfireIntegrationProperties,
        fields: {
            /// Campfire API token (shown under **My info** in Campfire).
            secret token: String,
            /// Campfire subdomain: the `<subdomain>` of `https://<subdomain>.campfirenow.com`.
            subdomain: Option<String>,
            /// Campfire room: the last segment of the room's address.
            room: Option<String>,
        }
    }

    /// Datadog: sends pipeline and job data to Datadog for monitoring.
    "Datadog" {
        path: "/projects/{id}/integrations/datadog",
        example: "integrations/get_datadog_integration.json",
        routes: SetDatadogIntegration, DisableDatadogIntegration, GetDatadogIntegration,
        settings: DatadogIntegrationSettings,
        properties: DatadogIntegrationProperties,
        fields: {
            /// Datadog API key.
            secret api_key: String,
            /// Full address of the Datadog site (advanced; overrides `datadog_site`).
            api_url: Option<String>,
            /// `env` tag put on all the data sent (for self-managed deployments).
            datadog_env: Option<String>,
            /// `service` tag put on all the data sent from this GitLab instance.
            datadog_service: Option<String>,
            /// Datadog site to send the data to, for example `datadoghq.eu`.
            datadog_site: Option<String>,
            /// Custom tags, one `key:value` per line (GitLab 14.8 and later).
            datadog_tags: Option<String>,
        }
    }

    /// Unify Circuit: posts notifications about the project's events to a Circuit conversation.
    "Unify Circuit" {
        path: "/projects/{id}/integrations/unify-circuit",
        example: "integrations/get_unify_circuit_integration.json",
        routes:
            SetUnifyCircuitIntegration,
            DisableUnifyCircuitIntegration,
            GetUnifyCircuitIntegration,
        settings: UnifyCircuitIntegrationSettings,
        properties: UnifyCircuitIntegrationProperties,
        fields: {
            /// Incoming webhook of the conversation, for example
            /// `https://circuit.com/rest/v2/webhooks/incoming/...`.
            webhook: String,
            /// Post only about failed pipelines.
            notify_only_broken_pipelines: Option<bool>,
            /// Branches to post about (default `default`).
            branches_to_be_notified: Option<BranchesToBeNotified>,
            /// Events to post about.
            flatten events: ChatNotificationEvents,
        }
    }

    /// Webex Teams: posts notifications about the project's events to a Webex space.
    "Webex Teams" {
        path: "/projects/{id}/integrations/webex-teams",
        example: "integrations/get_webex_teams_integration.json",
        routes: SetWebexTeamsIntegration, DisableWebexTeamsIntegration, GetWebexTeamsIntegration,
        settings: WebexTeamsIntegrationSettings,
        properties: WebexTeamsIntegrationProperties,
        fields: {
            /// Incoming webhook of the space, for example
            /// `https://api.ciscospark.com/v1/webhooks/incoming/...`.
            webhook: String,
            /// Post only about failed pipelines.
            notify_only_broken_pipelines: Option<bool>,
            /// Branches to post about (default `default`).
            branches_to_be_notified: Option<BranchesToBeNotified>,
            /// Events to post about.
            flatten events: ChatNotificationEvents,
        }
    }

    /// Custom issue tracker: uses any external issue tracker, by its addresses.
    "Custom Issue Tracker" {
        path: "/projects/{id}/integrations/custom-issue-tracker",
        example: "integrations/get_custom_issue_tracker_integration.json",
        routes:
            SetCustomIssueTrackerIntegration,
            DisableCustomIssueTrackerIntegration,
            GetCustomIssueTrackerIntegration,
        settings: CustomIssueTrackerIntegrationSettings,
        properties: CustomIssueTrackerIntegrationProperties,
        fields: {
            /// Address of the page that creates an issue.
            new_issue_url: String,
            /// Address of an issue, with `:id` where the issue's ID goes.
            issues_url: String,
            /// Address of the project in the tracker.
            project_url: String,
        }
    }

    /// Discord: posts notifications about the project's events to a Discord channel.
    "Discord" {
        path: "/projects/{id}/integrations/discord",
        example: "integrations/get_discord_integration.json",
        routes: SetDiscordIntegration, DisableDiscordIntegration, GetDiscordIntegration,
        settings: DiscordIntegrationSettings,
        properties: DiscordIntegrationProperties,
        fields: {
            /// Webhook of the channel, for example `https://discord.com/api/webhooks/...`.
            webhook: String,
        }
    }

    /// Drone CI: runs Drone builds for the project's changes.
    "Drone CI" {
        path: "/projects/{id}/integrations/drone-ci",
        example: "integrations/get_drone_ci_integration.json",
        routes: SetDroneCiIntegration, DisableDroneCiIntegration, GetDroneCiIntegration,
        settings: DroneCiIntegrationSettings,
        properties: DroneCiIntegrationProperties,
        fields: {
            /// Token of the project in Drone.
            secret token: String,
            /// Address of the Drone server, for example `http://drone.example.com`.
            drone_url: String,
            /// Check the server's TLS certificate (default `true`).
            enable_ssl_verification: Option<bool>,
            /// Events that trigger a build.
            flatten events: TriggerEvents,
        }
    }

    /// Emails on push: emails the commits and diff of every push to a list of addresses.
    "Emails on Push" {
        path: "/projects/{id}/integrations/emails-on-push",
        example: "integrations/get_emails_on_push_integration.json",
        routes:
            SetEmailsOnPushIntegration,
            DisableEmailsOnPushIntegration,
            GetEmailsOnPushIntegration,
        settings: EmailsOnPushIntegrationSettings,
        properties: EmailsOnPushIntegrationProperties,
        fields: {
            /// Email addresses to write to, separated by whitespace.
            recipients: String,
            /// Leave the diffs out of the emails.
            disable_diffs: Option<bool>,
            /// Send the emails from the committer's address.
            send_from_committer_email: Option<bool>,
            /// Email about pushes.
            flag push_events: Option<bool>,
            /// Email about tag pushes.
            flag tag_push_events: Option<bool>,
            /// Branches whose pushes are emailed (default `all`); tag pushes are always
            /// emailed.
            branches_to_be_notified: Option<BranchesToBeNotified>,
        }
    }

    /// IBM Engineering Workflow Management (EWM): uses EWM as the project's issue tracker.
    "EWM" {
        path: "/projects/{id}/integrations/ewm",
        example: "integrations/get_ewm_integration.json",
        routes: SetEwmIntegration, DisableEwmIntegration, GetEwmIntegration,
        settings: EwmIntegrationSettings,
        properties: EwmIntegrationProperties,
        fields: {
            /// Address of the page that creates an EWM work item.
            new_issue_url: String,
            /// Address of the project in EWM.
            project_url: String,
            /// Address of an EWM work item, with `:id` where the item's ID goes.
            issues_url: String,
        }
    }

    /// Confluence: links the project's wiki to a Confluence Cloud workspace (GitLab 13.2+).
    "Confluence" {
        path: "/projects/{id}/integrations/confluence",
        example: "integrations/get_confluence_integration.json",
        routes: SetConfluenceIntegration, DisableConfluenceIntegration, GetConfluenceIntegration,
        settings: ConfluenceIntegrationSettings,
        properties: ConfluenceIntegrationProperties,
        fields: {
            /// Address of the Confluence Cloud workspace, on `atlassian.net`.
            confluence_url: String,
        }
    }

    /// External wiki: links the project's wiki to an external wiki instead of GitLab's own.
    "External Wiki" {
        path: "/projects/{id}/integrations/external-wiki",
        example: "integrations/get_external_wiki_integration.json",
        routes:
            SetExternalWikiIntegration,
            DisableExternalWikiIntegration,
            GetExternalWikiIntegration,
        settings: ExternalWikiIntegrationSettings,
        properties: ExternalWikiIntegrationProperties,
        fields: {
            /// Address of the external wiki.
            external_wiki_url: String,
        }
    }

    /// Flowdock: posts notifications about the project's events to a Flowdock flow.
    "Flowdock" {
        path: "/projects/{id}/integrations/flowdock",
        example: "integrations/get_flowdock_integration.json",
        routes: SetFlowdockIntegration, DisableFlowdockIntegration, GetFlowdockIntegration,
        settings: FlowdockIntegrationSettings,
        properties: FlowdockIntegrationProperties,
        fields: {
            /// Git source token of the flow.
            secret token: String,
        }
    }

    /// GitHub: reports the statuses of the project's pipelines to a GitHub repository.
    "GitHub" {
        path: "/projects/{id}/integrations/github",
        example: "integrations/get_github_integration.json",
        routes: SetGithubIntegration, DisableGithubIntegration, GetGithubIntegration,
        settings: GithubIntegrationSettings,
        properties: GithubIntegrationProperties,
        fields: {
            /// GitHub API token with the `repo:status` OAuth scope.
            secret token: String,
            /// Address of the GitHub repository.
            repository_url: String,
            /// Name status checks after the GitLab instance instead of the branch.
            static_context: Option<bool>,
        }
    }

    /// Google Chat (Hangouts Chat): posts notifications about project events to a space.
    "Hangouts Chat" {
        path: "/projects/{id}/integrations/hangouts-chat",
        example: "integrations/get_hangouts_chat_integration.json",
        routes:
            SetHangoutsChatIntegration,
            DisableHangoutsChatIntegration,
            GetHangoutsChatIntegration,
        settings: HangoutsChatIntegrationSettings,
        properties: HangoutsChatIntegrationProperties,
        fields: {
            /// Incoming webhook of the space, for example
            /// `https://chat.googleapis.com/v1/spaces...`.
            webhook: String,
            /// Post only about failed pipelines.
            notify_only_broken_pipelines: Option<bool>,
            /// Post only about the default branch; replaced by `branches_to_be_notified`.
            deprecated notify_only_default_branch: Option<bool>,
            /// Branches to post about (default `default`).
            branches_to_be_notified: Option<BranchesToBeNotified>,
            /// Events to post about.
            flatten events: ChatNotificationEvents,
        }
    }

    /// irker: sends IRC messages about pushes to channels or users through an irker gateway.
    "Irker (IRC gateway)" {
        path: "/projects/{id}/integrations/irker",
        example: "integrations/get_irker_integration.json",
        routes: SetIrkerIntegration, DisableIrkerIntegration, GetIrkerIntegration,
        settings: IrkerIntegrationSettings,
        properties: IrkerIntegrationProperties,
        fields: {
            /// Channels or users to write to, separated by whitespace.
            recipients: String,
            /// IRC server recipients without a full address are on, for example
            /// `irc://irc.network.net:6697/`.
            default_irc_uri: Option<String>,
            /// Host of the irker gateway (default `localhost`).
            server_host: Option<String>,
            /// Port of the irker gateway (default `6659`).
            server_port: Option<u64>,
            /// Color the messages.
            colorize_messages: Option<bool>,
        }
    }

    /// Jira: links the project's commits and merge requests to the issues of a Jira instance.
    "Jira" {
        path: "/projects/{id}/integrations/jira",
        example: "integrations/get_jira_integration.json",
        routes: SetJiraIntegration, DisableJiraIntegration, GetJiraIntegration,
        settings: JiraIntegrationSettings,
        properties: JiraIntegrationProperties,
        fields: {
            /// Address of the Jira instance the project is linked to, for example
            /// `https://jira.example.com`.
            url: String,
            /// Base address of the Jira API, for example `https://jira-api.example.com`
            /// (default: `url`).
            api_url: Option<String>,
            /// Jira user GitLab acts as.
            username: String,
            /// Password (or API token) of that user.
            secret password: String,
            // The docs list `active` for Jira only, with the default `false`. GitLab's handler
            // merges `active: true` into the parameters of every integration it sets, so we
            // describe the parameter as documented and say that `false` does not stick.
            /// Whether the integration is on (documented default `false`); setting an
            /// integration always turns it on, so use the DELETE route to turn it off.
            flag active: Option<bool>,
            /// Move the Jira issues referred to by merge requests to their next status
            /// automatically; wins over `jira_issue_transition_id` (default `false`).
            jira_issue_transition_automatic: Option<bool>,
            /// IDs of the Jira transitions to apply to referred issues, separated by `,` or
            /// `;`; ignored with automatic transitions (default empty: no transition).
            jira_issue_transition_id: Option<String>,
            /// Act on commits that mention Jira issues.
            flag commit_events: Option<bool>,
            /// Act on merge requests that mention Jira issues.
            flag merge_requests_events: Option<bool>,
            /// Comment on the Jira issue for each commit or merge request that mentions it.
            flag comment_on_event_enabled: Option<bool>,
        }
    }

    /// Slack slash commands: lets a Slack workspace run slash commands on the project.
    "Slack Slash Commands" {
        path: "/projects/{id}/integrations/slack-slash-commands",
        example: "integrations/get_slack_slash_commands_integration.json",
        routes:
            SetSlackSlashCommandsIntegration,
            DisableSlackSlashCommandsIntegration,
            GetSlackSlashCommandsIntegration,
        settings: SlackSlashCommandsIntegrationSettings,
        properties: SlackSlashCommandsIntegrationProperties,
        fields: {
            // Not marked secret: the docs' example answer shows the token in `properties`
            // (older GitLab versions sent it; newer ones leave it out).
            /// Token Slack sends with the commands.
            token: String,
        }
    }

    /// Mattermost slash commands: lets a Mattermost team run slash commands on the project.
    "Mattermost Slash Commands" {
        path: "/projects/{id}/integrations/mattermost-slash-commands",
        example: "integrations/get_mattermost_slash_commands_integration.json",
        routes:
            SetMattermostSlashCommandsIntegration,
            DisableMattermostSlashCommandsIntegration,
            GetMattermostSlashCommandsIntegration,
        settings: MattermostSlashCommandsIntegrationSettings,
        properties: MattermostSlashCommandsIntegrationProperties,
        fields: {
            // Not marked secret, like the Slack slash commands' token the docs show.
            /// Token Mattermost sends with the commands.
            token: String,
            /// Username the answers are posted as.
            username: Option<String>,
        }
    }

    /// Packagist: updates the project's Composer package on Packagist on pushes and tag pushes.
    "Packagist" {
        path: "/projects/{id}/integrations/packagist",
        example: "integrations/get_packagist_integration.json",
        routes: SetPackagistIntegration, DisablePackagistIntegration, GetPackagistIntegration,
        settings: PackagistIntegrationSettings,
        properties: PackagistIntegrationProperties,
        fields: {
            /// Username of the Packagist account.
            username: String,
            /// API token of the Packagist account.
            secret token: String,
            // The docs type `server` as a boolean, but describe it as the server's URL; GitLab
            // takes a string.
            /// Address of the Packagist server (default `https://packagist.org`).
            server: Option<String>,
            /// Events that update the package.
            flatten events: TriggerEvents,
        }
    }

    /// Pipeline emails: emails the results of the project's pipelines to a list of addresses.
    "Pipeline-Emails" {
        path: "/projects/{id}/integrations/pipelines-email",
        example: "integrations/get_pipelines_email_integration.json",
        routes:
            SetPipelinesEmailIntegration,
            DisablePipelinesEmailIntegration,
            GetPipelinesEmailIntegration,
        settings: PipelinesEmailIntegrationSettings,
        properties: PipelinesEmailIntegrationProperties,
        fields: {
            /// Email addresses to write to, separated by commas.
            recipients: String,
            /// Email only about failed pipelines.
            notify_only_broken_pipelines: Option<bool>,
            /// Branches whose pipelines are emailed (default `default`).
            branches_to_be_notified: Option<BranchesToBeNotified>,
            /// Email only about pipelines of the default branch (GitLab 12.0 and later).
            notify_only_default_branch: Option<bool>,
            /// Email about pipeline events.
            flag pipeline_events: Option<bool>,
        }
    }

    /// Pivotal Tracker: adds commit messages as comments to the stories they mention.
    "Pivotal Tracker" {
        path: "/projects/{id}/integrations/pivotaltracker",
        example: "integrations/get_pivotaltracker_integration.json",
        routes:
            SetPivotaltrackerIntegration,
            DisablePivotaltrackerIntegration,
            GetPivotaltrackerIntegration,
        settings: PivotaltrackerIntegrationSettings,
        properties: PivotaltrackerIntegrationProperties,
        fields: {
            /// Pivotal Tracker API token.
            secret token: String,
            // The docs type `restrict_to_branch` as a boolean, but describe a list of branches;
            // GitLab takes a string.
            /// Comma-separated branches whose commits are inspected (empty: every branch).
            restrict_to_branch: Option<String>,
        }
    }

    /// Prometheus: reads the metrics of the project's environments from a Prometheus server.
    "Prometheus" {
        path: "/projects/{id}/integrations/prometheus",
        example: "integrations/get_prometheus_integration.json",
        routes: SetPrometheusIntegration, DisablePrometheusIntegration, GetPrometheusIntegration,
        settings: PrometheusIntegrationSettings,
        properties: PrometheusIntegrationProperties,
        fields: {
            /// Base address of the Prometheus API, for example `http://prometheus.example.com/`.
            api_url: String,
            /// Client ID of the resource protected by Google Identity-Aware Proxy (of the form
            /// `IAP_CLIENT_ID.apps.googleusercontent.com`).
            google_iap_audience_client_id: Option<String>,
            /// Contents of the `credentials.json` file of the Google service account, as a JSON
            /// string.
            secret google_iap_service_account_json: Option<String>,
        }
    }

    /// Pushover: sends real-time notifications about pushes to Pushover devices.
    "Pushover" {
        path: "/projects/{id}/integrations/pushover",
        example: "integrations/get_pushover_integration.json",
        routes: SetPushoverIntegration, DisablePushoverIntegration, GetPushoverIntegration,
        settings: PushoverIntegrationSettings,
        properties: PushoverIntegrationProperties,
        fields: {
            /// Key of the Pushover application.
            secret api_key: String,
            /// Key of the Pushover user.
            secret user_key: String,
            /// Priority of the notifications: `-2` (lowest) to `2` (emergency).
            priority: String,
            /// Device to notify (empty: every active device).
            device: Option<String>,
            /// Sound of the notifications.
            sound: Option<String>,
        }
    }

    /// Redmine: uses Redmine as the project's issue tracker.
    "Redmine" {
        path: "/projects/{id}/integrations/redmine",
        example: "integrations/get_redmine_integration.json",
        routes: SetRedmineIntegration, DisableRedmineIntegration, GetRedmineIntegration,
        settings: RedmineIntegrationSettings,
        properties: RedmineIntegrationProperties,
        fields: {
            /// Address of the page that creates a Redmine issue.
            new_issue_url: String,
            /// Address of the Redmine project.
            project_url: String,
            /// Address of a Redmine issue, with `:id` where the issue's ID goes.
            issues_url: String,
        }
    }

    /// Slack notifications: posts notifications about the project's events to Slack channels.
    "Slack" {
        path: "/projects/{id}/integrations/slack",
        example: "integrations/get_slack_integration.json",
        routes: SetSlackIntegration, DisableSlackIntegration, GetSlackIntegration,
        settings: SlackIntegrationSettings,
        properties: SlackIntegrationProperties,
        fields: {
            /// Incoming webhook, for example `https://hooks.slack.com/services/...`.
            webhook: String,
            /// Username the notifications are posted as.
            username: Option<String>,
            /// Channel of the events that have no channel of their own.
            channel: Option<String>,
            /// Post only about failed pipelines.
            notify_only_broken_pipelines: Option<bool>,
            /// Post only about the default branch; replaced by `branches_to_be_notified`.
            deprecated notify_only_default_branch: Option<bool>,
            /// Branches to post about (default `default`).
            branches_to_be_notified: Option<BranchesToBeNotified>,
            /// Post about commits.
            flag commit_events: Option<bool>,
            /// Channel of the events of confidential issues.
            confidential_issue_channel: Option<String>,
            /// Channel of the comments on confidential issues.
            confidential_note_channel: Option<String>,
            /// Channel of the deployment events.
            deployment_channel: Option<String>,
            /// Post about deployment events.
            flag deployment_events: Option<bool>,
            /// Channel of the issue events.
            issue_channel: Option<String>,
            /// Post about job events.
            flag job_events: Option<bool>,
            /// Channel of the merge request events.
            merge_request_channel: Option<String>,
            /// Channel of the comments.
            note_channel: Option<String>,
            /// Channel of the pipeline events.
            pipeline_channel: Option<String>,
            /// Channel of the pushes.
            push_channel: Option<String>,
            /// Channel of the tag pushes.
            tag_push_channel: Option<String>,
            /// Channel of the wiki page events.
            wiki_page_channel: Option<String>,
            /// Events to post about (besides commits, deployments and jobs).
            flatten events: ChatNotificationEvents,
        }
    }

    /// Microsoft Teams: posts notifications about the project's events to a Teams channel.
    "Microsoft Teams" {
        path: "/projects/{id}/integrations/microsoft-teams",
        example: "integrations/get_microsoft_teams_integration.json",
        routes:
            SetMicrosoftTeamsIntegration,
            DisableMicrosoftTeamsIntegration,
            GetMicrosoftTeamsIntegration,
        settings: MicrosoftTeamsIntegrationSettings,
        properties: MicrosoftTeamsIntegrationProperties,
        fields: {
            /// Incoming webhook of the channel, for example
            /// `https://outlook.office.com/webhook/...`.
            webhook: String,
            /// Post only about failed pipelines.
            notify_only_broken_pipelines: Option<bool>,
            /// Post only about the default branch; replaced by `branches_to_be_notified`.
            deprecated notify_only_default_branch: Option<bool>,
            /// Branches to post about (default `default`).
            branches_to_be_notified: Option<BranchesToBeNotified>,
            /// Events to post about.
            flatten events: ChatNotificationEvents,
        }
    }

    /// Mattermost notifications: posts notifications about project events to Mattermost channels.
    "Mattermost Notifications" {
        path: "/projects/{id}/integrations/mattermost",
        example: "integrations/get_mattermost_integration.json",
        routes: SetMattermostIntegration, DisableMattermostIntegration, GetMattermostIntegration,
        settings: MattermostIntegrationSettings,
        properties: MattermostIntegrationProperties,
        fields: {
            /// Incoming webhook, for example `http://mattermost_host/hooks/...`.
            webhook: String,
            /// Username the notifications are posted as.
            username: Option<String>,
            /// Channel of the events that have no channel of their own.
            channel: Option<String>,
            /// Post only about failed pipelines.
            notify_only_broken_pipelines: Option<bool>,
            /// Post only about the default branch; replaced by `branches_to_be_notified`.
            deprecated notify_only_default_branch: Option<bool>,
            /// Branches to post about (default `default`).
            branches_to_be_notified: Option<BranchesToBeNotified>,
            /// Events to post about.
            flatten events: ChatNotificationEvents,
            /// Channel of the pushes.
            push_channel: Option<String>,
            /// Channel of the issue events.
            issue_channel: Option<String>,
            /// Channel of the events of confidential issues.
            confidential_issue_channel: Option<String>,
            /// Channel of the merge request events.
            merge_request_channel: Option<String>,
            /// Channel of the comments.
            note_channel: Option<String>,
            /// Channel of the comments on confidential issues.
            confidential_note_channel: Option<String>,
            /// Channel of the tag pushes.
            tag_push_channel: Option<String>,
            /// Channel of the pipeline events.
            pipeline_channel: Option<String>,
            /// Channel of the wiki page events.
            wiki_page_channel: Option<String>,
        }
    }

    /// JetBrains TeamCity: builds changes; needs build number `%build.vcs.number%`, all branches.
    "JetBrains TeamCity CI" {
        path: "/projects/{id}/integrations/teamcity",
        example: "integrations/get_teamcity_integration.json",
        routes: SetTeamcityIntegration, DisableTeamcityIntegration, GetTeamcityIntegration,
        settings: TeamcityIntegrationSettings,
        properties: TeamcityIntegrationProperties,
        fields: {
            /// Root address of the TeamCity server, for example `https://teamcity.example.com`.
            teamcity_url: String,
            /// Check the server's TLS certificate (default `true`).
            enable_ssl_verification: Option<bool>,
            /// ID of the build configuration.
            build_type: String,
            /// TeamCity user allowed to start builds.
            username: String,
            /// Password of that user.
            secret password: String,
            /// Build on pushes.
            flag push_events: Option<bool>,
            /// Build on merge request events.
            flag merge_requests_events: Option<bool>,
        }
    }

    /// Jenkins: triggers Jenkins builds for the project's changes.
    "Jenkins CI" {
        path: "/projects/{id}/integrations/jenkins",
        example: "integrations/get_jenkins_integration.json",
        routes: SetJenkinsIntegration, DisableJenkinsIntegration, GetJenkinsIntegration,
        settings: JenkinsIntegrationSettings,
        properties: JenkinsIntegrationProperties,
        fields: {
            /// Address of the Jenkins server, for example `http://jenkins.example.com`.
            jenkins_url: String,
            /// Check the server's TLS certificate (default `true`).
            enable_ssl_verification: Option<bool>,
            /// URL-friendly name of the Jenkins project, for example `my_project_name`.
            project_name: String,
            /// Username on the Jenkins server, when it requires authentication.
            username: Option<String>,
            /// Password on the Jenkins server, when it requires authentication.
            secret password: Option<String>,
            /// Events that trigger a build.
            flatten events: TriggerEvents,
        }
    }

    /// The former Jenkins integration through the Jenkins GitLab Hook plugin (removed in 13.0).
    "Jenkins CI (Deprecated)" {
        path: "/projects/{id}/integrations/jenkins-deprecated",
        example: "integrations/get_jenkins_deprecated_integration.json",
        routes:
            SetJenkinsDeprecatedIntegration,
            DisableJenkinsDeprecatedIntegration,
            GetJenkinsDeprecatedIntegration,
        settings: JenkinsDeprecatedIntegrationSettings,
        properties: JenkinsDeprecatedIntegrationProperties,
        endpoint_flags: [deprecated],
        fields: {
            /// Address of the Jenkins project, for example
            /// `http://jenkins.example.com/job/my-project/`.
            project_url: String,
            /// Whether the Jenkins GitLab Hook plugin runs in multi-project mode.
            multiproject_enabled: Option<bool>,
            /// Count unstable builds as passed.
            pass_unstable: Option<bool>,
        }
    }

    /// MockCI: a mock external CI (`gitlab-org/gitlab-mock-ci-service`), in development only.
    "MockCI" {
        path: "/projects/{id}/integrations/mock-ci",
        example: "integrations/get_mock_ci_integration.json",
        routes: SetMockCiIntegration, DisableMockCiIntegration, GetMockCiIntegration,
        settings: MockCiIntegrationSettings,
        properties: MockCiIntegrationProperties,
        fields: {
            /// Address of the mock service, for example `http://localhost:4004`.
            mock_service_url: String,
            /// Check the service's TLS certificate (default `true`).
            enable_ssl_verification: Option<bool>,
        }
    }

    /// YouTrack: uses YouTrack as the project's issue tracker.
    "YouTrack" {
        path: "/projects/{id}/integrations/youtrack",
        example: "integrations/get_youtrack_integration.json",
        routes: SetYoutrackIntegration, DisableYoutrackIntegration, GetYoutrackIntegration,
        settings: YoutrackIntegrationSettings,
        properties: YoutrackIntegrationProperties,
        fields: {
            /// Address of a YouTrack issue, with `:id` where the issue's ID goes.
            issues_url: String,
            /// Address of the YouTrack project.
            project_url: String,
        }
    }
}
