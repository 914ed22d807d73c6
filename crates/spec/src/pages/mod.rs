//! One module per page of GitLab's REST API documentation, each with that page's route types.

use gitlab_endpoint::EndpointInfo;

pub mod access_requests;
pub mod admin_sidekiq_queues;
pub mod appearance;
pub mod applications;
pub mod audit_events;
pub mod avatar;
pub mod award_emoji;
pub mod boards;
pub mod branches;
pub mod broadcast_messages;
pub mod cluster_agents;
pub mod commits;
pub mod container_registry;
pub mod custom_attributes;
pub mod dependencies;
pub mod deploy_keys;
pub mod deploy_tokens;
pub mod deployments;
pub mod discussions;
pub mod environments;
pub mod epic_issues;
pub mod epic_links;
pub mod epics;
pub mod error_tracking;
pub mod events;
pub mod feature_flag_user_lists;
pub mod feature_flags;
pub mod features;
pub mod freeze_periods;
pub mod geo_nodes;
pub mod group_access_tokens;
pub mod group_activity_analytics;
pub mod group_badges;
pub mod group_boards;
pub mod group_iterations;
pub mod group_labels;
pub mod group_level_variables;
pub mod group_milestones;
pub mod group_releases;
pub mod group_repository_storage_moves;
pub mod group_wikis;
pub mod groups;
pub mod import;
pub mod instance_clusters;
pub mod instance_level_ci_variables;
pub mod integrations;
pub mod invitations;
pub mod issue_links;
pub mod issues;
pub mod issues_statistics;
pub mod iterations;
pub mod jobs;
pub mod keys;
pub mod labels;
pub mod license;
pub mod linked_epics;
pub mod lint;
pub mod managed_licenses;
pub mod markdown;
pub mod members;
pub mod merge_request_approvals;
pub mod merge_requests;
pub mod merge_trains;
pub mod metadata;
pub mod metrics_dashboard_annotations;
pub mod metrics_user_starred_dashboards;
pub mod milestones;
pub mod namespaces;
pub mod notes;
pub mod notification_settings;
pub mod packages;
pub mod packages_debian_group_distributions;
pub mod packages_debian_project_distributions;
pub mod pages_domains;
pub mod personal_access_tokens;
pub mod pipeline_schedules;
pub mod pipeline_triggers;
pub mod pipelines;
pub mod plan_limits;
pub mod project_access_tokens;
pub mod project_badges;
pub mod project_clusters;
pub mod project_import_export;
pub mod project_level_variables;
pub mod project_repository_storage_moves;
pub mod project_snippets;
pub mod project_templates;
pub mod project_vulnerabilities;
pub mod projects;
pub mod protected_branches;
pub mod protected_environments;
pub mod protected_tags;
pub mod releases_index;
pub mod releases_links;
pub mod remote_mirrors;
pub mod repositories;
pub mod repository_files;
pub mod repository_submodules;
pub mod resource_label_events;
pub mod runners;
pub mod scim;
pub mod search;
pub mod settings;
pub mod sidekiq_metrics;
pub mod snippet_repository_storage_moves;
pub mod snippets;
pub mod statistics;
pub mod suggestions;
pub mod system_hooks;
pub mod tags;
pub mod templates;
pub mod todos;
pub mod topics;
pub mod usage_data;
pub mod users;
pub mod version;
pub mod visual_review_discussions;
pub mod vulnerabilities;
pub mod vulnerability_exports;
pub mod vulnerability_findings;
pub mod wikis;

/// A documentation page and its endpoints.
pub struct Page {
    /// File name of the docs page, without `.md` (`projects`).
    pub name: &'static str,
    /// The tag its operations carry (the page's title).
    pub tag: &'static str,
    /// What the page covers, in a sentence or two (the tag's description).
    pub description: &'static str,
    /// The page's endpoints, in the page's order.
    pub endpoints: fn() -> Vec<EndpointInfo>,
}

/// Every page described so far, in the order tags appear in the document.
pub const PAGES: &[Page] = &[
    Page {
        name: "projects",
        tag: "Projects",
        description: "Projects: listing, creating, editing and deleting them; forks, stars, sharing with groups, uploads, webhooks and push rules.",
        endpoints: projects::endpoints,
    },
    Page {
        name: "issues",
        tag: "Issues",
        description: "Issues of projects and groups: filtering, creating and editing them, moving and cloning, time tracking, subscriptions and metric images.",
        endpoints: issues::endpoints,
    },
    Page {
        name: "users",
        tag: "Users",
        description: "User accounts and the signed-in user: profiles, moderation by administrators, status, preferences, follows, SSH and GPG keys, emails and tokens.",
        endpoints: users::endpoints,
    },
    Page {
        name: "labels",
        tag: "Labels",
        description: "Labels of a project: listing, creating, editing, deleting, promoting and subscribing to them.",
        endpoints: labels::endpoints,
    },
    Page {
        name: "group_labels",
        tag: "Group labels",
        description: "Labels defined on a group and shared by its projects.",
        endpoints: group_labels::endpoints,
    },
    Page {
        name: "milestones",
        tag: "Milestones",
        description: "Milestones of a project and the issues and merge requests planned in them.",
        endpoints: milestones::endpoints,
    },
    Page {
        name: "group_milestones",
        tag: "Group milestones",
        description: "Milestones defined on a group, spanning its projects.",
        endpoints: group_milestones::endpoints,
    },
    Page {
        name: "branches",
        tag: "Branches",
        description: "Branches of a project's repository.",
        endpoints: branches::endpoints,
    },
    Page {
        name: "protected_branches",
        tag: "Protected branches",
        description: "Who may push to and merge into protected branches.",
        endpoints: protected_branches::endpoints,
    },
    Page {
        name: "tags",
        tag: "Tags",
        description: "Tags of a project's repository.",
        endpoints: tags::endpoints,
    },
    Page {
        name: "protected_tags",
        tag: "Protected tags",
        description: "Who may create protected tags.",
        endpoints: protected_tags::endpoints,
    },
    Page {
        name: "project_badges",
        tag: "Project badges",
        description: "Badges shown on a project's overview page.",
        endpoints: project_badges::endpoints,
    },
    Page {
        name: "group_badges",
        tag: "Group badges",
        description: "Badges shown on a group's page and its projects.",
        endpoints: group_badges::endpoints,
    },
    Page {
        name: "award_emoji",
        tag: "Award emoji",
        description: "Emoji reactions on issues, merge requests, snippets and their comments.",
        endpoints: award_emoji::endpoints,
    },
    Page {
        name: "access_requests",
        tag: "Access requests",
        description: "Requests to join a project or group, and their approval.",
        endpoints: access_requests::endpoints,
    },
    Page {
        name: "invitations",
        tag: "Invitations",
        description: "Invitations to join a project or group by email or user ID.",
        endpoints: invitations::endpoints,
    },
    Page {
        name: "deploy_keys",
        tag: "Deploy keys",
        description: "SSH keys that give read or write access to project repositories.",
        endpoints: deploy_keys::endpoints,
    },
    Page {
        name: "deploy_tokens",
        tag: "Deploy tokens",
        description: "Tokens that give access to repositories and registries without a user.",
        endpoints: deploy_tokens::endpoints,
    },
    Page {
        name: "namespaces",
        tag: "Namespaces",
        description: "User and group namespaces that projects live in.",
        endpoints: namespaces::endpoints,
    },
    Page {
        name: "topics",
        tag: "Topics",
        description: "Project topics managed by administrators.",
        endpoints: topics::endpoints,
    },
    Page {
        name: "version",
        tag: "Version",
        description: "The version of the GitLab instance.",
        endpoints: version::endpoints,
    },
    Page {
        name: "metadata",
        tag: "Metadata",
        description: "Version, revision and feature information about the instance.",
        endpoints: metadata::endpoints,
    },
    Page {
        name: "keys",
        tag: "Keys",
        description: "Looking up an SSH key and its owner.",
        endpoints: keys::endpoints,
    },
    Page {
        name: "avatar",
        tag: "Avatar",
        description: "The avatar URL of an email address.",
        endpoints: avatar::endpoints,
    },
    Page {
        name: "markdown",
        tag: "Markdown",
        description: "Rendering Markdown to HTML.",
        endpoints: markdown::endpoints,
    },
    Page {
        name: "applications",
        tag: "Applications",
        description: "OAuth applications registered on the instance.",
        endpoints: applications::endpoints,
    },
    Page {
        name: "broadcast_messages",
        tag: "Broadcast messages",
        description: "Banners and notifications shown to every user.",
        endpoints: broadcast_messages::endpoints,
    },
    Page {
        name: "appearance",
        tag: "Appearance",
        description: "The instance's branding: title, logos and header and footer messages.",
        endpoints: appearance::endpoints,
    },
    Page {
        name: "freeze_periods",
        tag: "Freeze periods",
        description: "Deploy freeze windows of a project.",
        endpoints: freeze_periods::endpoints,
    },
    Page {
        name: "custom_attributes",
        tag: "Custom attributes",
        description: "Administrator-defined key-value attributes on users, groups and projects.",
        endpoints: custom_attributes::endpoints,
    },
    Page {
        name: "merge_requests",
        tag: "Merge requests",
        description: "Merge requests of a project: listing and filtering them, creating, editing, merging, rebasing, their commits, changes, pipelines and time tracking.",
        endpoints: merge_requests::endpoints,
    },
    Page {
        name: "merge_request_approvals",
        tag: "Merge request approvals",
        description: "Approval rules of projects and merge requests, and approving or unapproving a merge request.",
        endpoints: merge_request_approvals::endpoints,
    },
    Page {
        name: "merge_trains",
        tag: "Merge trains",
        description: "The merge trains that queue merge requests of a project.",
        endpoints: merge_trains::endpoints,
    },
    Page {
        name: "commits",
        tag: "Commits",
        description: "Commits of a repository: listing, creating with several file actions, cherry-picking, reverting, diffs, comments, statuses and signatures.",
        endpoints: commits::endpoints,
    },
    Page {
        name: "repositories",
        tag: "Repositories",
        description: "The repository of a project: its tree, blobs, archives, comparisons, contributors, merge bases and changelogs.",
        endpoints: repositories::endpoints,
    },
    Page {
        name: "repository_files",
        tag: "Repository files",
        description: "Single files of a repository: reading, blaming, downloading raw, creating, updating and deleting them.",
        endpoints: repository_files::endpoints,
    },
    Page {
        name: "repository_submodules",
        tag: "Repository submodules",
        description: "Moving a submodule of a repository to another commit.",
        endpoints: repository_submodules::endpoints,
    },
    Page {
        name: "notes",
        tag: "Notes",
        description: "Comments on issues, merge requests, snippets and epics.",
        endpoints: notes::endpoints,
    },
    Page {
        name: "discussions",
        tag: "Discussions",
        description: "Threads of comments on issues, merge requests, snippets, commits and epics.",
        endpoints: discussions::endpoints,
    },
    Page {
        name: "suggestions",
        tag: "Suggestions",
        description: "Applying the changes suggested in merge request comments.",
        endpoints: suggestions::endpoints,
    },
    Page {
        name: "releases_index",
        tag: "Releases",
        description: "Releases of a project, tied to its tags.",
        endpoints: releases_index::endpoints,
    },
    Page {
        name: "releases_links",
        tag: "Release links",
        description: "Links to assets attached to a release.",
        endpoints: releases_links::endpoints,
    },
    Page {
        name: "remote_mirrors",
        tag: "Remote mirrors",
        description: "Push mirrors that copy a project's repository to other remotes.",
        endpoints: remote_mirrors::endpoints,
    },
    Page {
        name: "project_snippets",
        tag: "Project snippets",
        description: "Snippets that belong to a project.",
        endpoints: project_snippets::endpoints,
    },
    Page {
        name: "snippets",
        tag: "Snippets",
        description: "Personal snippets of users, and public snippets.",
        endpoints: snippets::endpoints,
    },
    Page {
        name: "wikis",
        tag: "Wikis",
        description: "Pages and attachments of a project's wiki.",
        endpoints: wikis::endpoints,
    },
    Page {
        name: "project_import_export",
        tag: "Project import and export",
        description: "Exporting a project to a file and importing projects from exported files or remote objects.",
        endpoints: project_import_export::endpoints,
    },
    Page {
        name: "project_templates",
        tag: "Project templates",
        description: "The templates a project offers: Dockerfiles, gitignores, CI configurations, licences, issue and merge request descriptions.",
        endpoints: project_templates::endpoints,
    },
    Page {
        name: "project_access_tokens",
        tag: "Project access tokens",
        description: "Access tokens that act as a bot user of one project.",
        endpoints: project_access_tokens::endpoints,
    },
    Page {
        name: "groups",
        tag: "Groups",
        description: "Groups and subgroups: listing, creating, editing, transferring and deleting them, their projects, shares and hooks.",
        endpoints: groups::endpoints,
    },
    Page {
        name: "members",
        tag: "Members",
        description: "Members of projects and groups, directly or through inheritance, and their access levels.",
        endpoints: members::endpoints,
    },
    Page {
        name: "group_access_tokens",
        tag: "Group access tokens",
        description: "Access tokens that act as a bot user of one group.",
        endpoints: group_access_tokens::endpoints,
    },
    Page {
        name: "personal_access_tokens",
        tag: "Personal access tokens",
        description: "Personal access tokens of users: listing, inspecting and revoking them.",
        endpoints: personal_access_tokens::endpoints,
    },
    Page {
        name: "boards",
        tag: "Project issue boards",
        description: "Issue boards of a project and their lists.",
        endpoints: boards::endpoints,
    },
    Page {
        name: "group_boards",
        tag: "Group issue boards",
        description: "Issue boards of a group and their lists.",
        endpoints: group_boards::endpoints,
    },
    Page {
        name: "group_wikis",
        tag: "Group wikis",
        description: "Pages and attachments of a group's wiki.",
        endpoints: group_wikis::endpoints,
    },
    Page {
        name: "group_releases",
        tag: "Group releases",
        description: "The releases of every project in a group.",
        endpoints: group_releases::endpoints,
    },
    Page {
        name: "iterations",
        tag: "Project iterations",
        description: "Iterations available to a project.",
        endpoints: iterations::endpoints,
    },
    Page {
        name: "group_iterations",
        tag: "Group iterations",
        description: "Iterations of a group.",
        endpoints: group_iterations::endpoints,
    },
    Page {
        name: "group_activity_analytics",
        tag: "Group activity analytics",
        description: "Counts of recent activity in a group: issues, merge requests and new members.",
        endpoints: group_activity_analytics::endpoints,
    },
    Page {
        name: "notification_settings",
        tag: "Notification settings",
        description: "Notification levels and events, globally and per group or project.",
        endpoints: notification_settings::endpoints,
    },
    Page {
        name: "events",
        tag: "Events",
        description: "Activity events of users and projects.",
        endpoints: events::endpoints,
    },
    Page {
        name: "todos",
        tag: "To-do items",
        description: "The signed-in user's to-do items.",
        endpoints: todos::endpoints,
    },
    Page {
        name: "scim",
        tag: "SCIM",
        description: "The group SCIM API (RFC 7644) under `/api/scim/v2`, for identity providers: provisioning, updating and deprovisioning a group's SAML users with the group's SCIM token.",
        endpoints: scim::endpoints,
    },
    Page {
        name: "search",
        tag: "Search",
        description: "Searching the whole instance, a group or a project by scope.",
        endpoints: search::endpoints,
    },
    Page {
        name: "import",
        tag: "Import",
        description: "Importing repositories from GitHub and Bitbucket Server.",
        endpoints: import::endpoints,
    },
    Page {
        name: "pipelines",
        tag: "Pipelines",
        description: "Pipelines of a project: listing, running, retrying, cancelling and deleting them, their variables and test reports.",
        endpoints: pipelines::endpoints,
    },
    Page {
        name: "jobs",
        tag: "Jobs",
        description: "CI/CD jobs: listing them, their logs and artifacts, retrying, cancelling, erasing and playing them.",
        endpoints: jobs::endpoints,
    },
    Page {
        name: "runners",
        tag: "Runners",
        description: "Runners of the instance, groups and projects: registering, editing and removing them, and their jobs.",
        endpoints: runners::endpoints,
    },
    Page {
        name: "pipeline_schedules",
        tag: "Pipeline schedules",
        description: "Schedules that run a project's pipelines periodically, with their variables.",
        endpoints: pipeline_schedules::endpoints,
    },
    Page {
        name: "pipeline_triggers",
        tag: "Pipeline trigger tokens",
        description: "Trigger tokens of a project, and triggering pipelines with them.",
        endpoints: pipeline_triggers::endpoints,
    },
    Page {
        name: "lint",
        tag: "CI lint",
        description: "Validating CI/CD configuration.",
        endpoints: lint::endpoints,
    },
    Page {
        name: "project_level_variables",
        tag: "Project-level variables",
        description: "CI/CD variables of a project.",
        endpoints: project_level_variables::endpoints,
    },
    Page {
        name: "group_level_variables",
        tag: "Group-level variables",
        description: "CI/CD variables of a group.",
        endpoints: group_level_variables::endpoints,
    },
    Page {
        name: "instance_level_ci_variables",
        tag: "Instance-level CI/CD variables",
        description: "CI/CD variables of the whole instance.",
        endpoints: instance_level_ci_variables::endpoints,
    },
    Page {
        name: "environments",
        tag: "Environments",
        description: "Environments of a project and stopping them.",
        endpoints: environments::endpoints,
    },
    Page {
        name: "deployments",
        tag: "Deployments",
        description: "Deployments of a project to its environments.",
        endpoints: deployments::endpoints,
    },
    Page {
        name: "protected_environments",
        tag: "Protected environments",
        description: "Who may deploy to protected environments.",
        endpoints: protected_environments::endpoints,
    },
    Page {
        name: "feature_flags",
        tag: "Feature flags",
        description: "Feature flags of a project and their strategies.",
        endpoints: feature_flags::endpoints,
    },
    Page {
        name: "feature_flag_user_lists",
        tag: "Feature flag user lists",
        description: "Lists of user IDs that feature flag strategies target.",
        endpoints: feature_flag_user_lists::endpoints,
    },
    Page {
        name: "packages",
        tag: "Packages",
        description: "Packages in the package registry of projects and groups.",
        endpoints: packages::endpoints,
    },
    Page {
        name: "packages_debian_group_distributions",
        tag: "Debian group distributions",
        description: "Debian distributions of a group's package registry.",
        endpoints: packages_debian_group_distributions::endpoints,
    },
    Page {
        name: "packages_debian_project_distributions",
        tag: "Debian project distributions",
        description: "Debian distributions of a project's package registry.",
        endpoints: packages_debian_project_distributions::endpoints,
    },
    Page {
        name: "container_registry",
        tag: "Container registry",
        description: "Container image repositories and their tags.",
        endpoints: container_registry::endpoints,
    },
    Page {
        name: "cluster_agents",
        tag: "Cluster agents",
        description: "Kubernetes agents of a project and their tokens.",
        endpoints: cluster_agents::endpoints,
    },
    Page {
        name: "project_clusters",
        tag: "Project clusters",
        description: "Certificate-based Kubernetes clusters of a project (deprecated by GitLab).",
        endpoints: project_clusters::endpoints,
    },
    Page {
        name: "instance_clusters",
        tag: "Instance clusters",
        description: "Certificate-based Kubernetes clusters of the instance (deprecated by GitLab).",
        endpoints: instance_clusters::endpoints,
    },
    Page {
        name: "pages_domains",
        tag: "Pages domains",
        description: "Custom domains of GitLab Pages sites.",
        endpoints: pages_domains::endpoints,
    },
    Page {
        name: "error_tracking",
        tag: "Error tracking",
        description: "Error tracking settings and client keys of a project.",
        endpoints: error_tracking::endpoints,
    },
    Page {
        name: "integrations",
        tag: "Integrations",
        description: "Integrations of a project with other services: reading, setting and disabling each one.",
        endpoints: integrations::endpoints,
    },
    Page {
        name: "issues_statistics",
        tag: "Issues statistics",
        description: "Counts of issues of the instance, a group or a project, by state.",
        endpoints: issues_statistics::endpoints,
    },
    Page {
        name: "issue_links",
        tag: "Issue links",
        description: "Links between issues: relates to, blocks, is blocked by.",
        endpoints: issue_links::endpoints,
    },
    Page {
        name: "epics",
        tag: "Epics",
        description: "Epics of a group: listing, creating, editing and deleting them.",
        endpoints: epics::endpoints,
    },
    Page {
        name: "epic_issues",
        tag: "Epic issues",
        description: "The issues assigned to an epic, and their order.",
        endpoints: epic_issues::endpoints,
    },
    Page {
        name: "epic_links",
        tag: "Epic links",
        description: "Child epics of an epic.",
        endpoints: epic_links::endpoints,
    },
    Page {
        name: "linked_epics",
        tag: "Linked epics",
        description: "Links between epics.",
        endpoints: linked_epics::endpoints,
    },
    Page {
        name: "resource_label_events",
        tag: "Resource label events",
        description: "The history of labels added to and removed from issues, merge requests and epics.",
        endpoints: resource_label_events::endpoints,
    },
    Page {
        name: "visual_review_discussions",
        tag: "Visual review discussions",
        description: "Comments left on merge requests from review apps.",
        endpoints: visual_review_discussions::endpoints,
    },
    Page {
        name: "vulnerabilities",
        tag: "Vulnerabilities",
        description: "Vulnerabilities of projects and changing their state.",
        endpoints: vulnerabilities::endpoints,
    },
    Page {
        name: "vulnerability_exports",
        tag: "Vulnerability exports",
        description: "Exporting the vulnerabilities of a project, group or the instance.",
        endpoints: vulnerability_exports::endpoints,
    },
    Page {
        name: "vulnerability_findings",
        tag: "Vulnerability findings",
        description: "Findings of the security scanners in a project's pipelines.",
        endpoints: vulnerability_findings::endpoints,
    },
    Page {
        name: "project_vulnerabilities",
        tag: "Project vulnerabilities",
        description: "Listing and creating the vulnerabilities of a project.",
        endpoints: project_vulnerabilities::endpoints,
    },
    Page {
        name: "dependencies",
        tag: "Dependencies",
        description: "The dependencies the scanners found in a project.",
        endpoints: dependencies::endpoints,
    },
    Page {
        name: "managed_licenses",
        tag: "Managed licenses",
        description: "Licence policies of a project: allowed and denied licences.",
        endpoints: managed_licenses::endpoints,
    },
    Page {
        name: "audit_events",
        tag: "Audit events",
        description: "Audit events of the instance, groups and projects.",
        endpoints: audit_events::endpoints,
    },
    Page {
        name: "admin_sidekiq_queues",
        tag: "Sidekiq queues",
        description: "Removing jobs from the background job queues.",
        endpoints: admin_sidekiq_queues::endpoints,
    },
    Page {
        name: "features",
        tag: "Features",
        description: "Feature flags of the GitLab instance itself.",
        endpoints: features::endpoints,
    },
    Page {
        name: "geo_nodes",
        tag: "Geo nodes",
        description: "The sites of a Geo deployment and their status.",
        endpoints: geo_nodes::endpoints,
    },
    Page {
        name: "license",
        tag: "License",
        description: "The licence of the GitLab instance.",
        endpoints: license::endpoints,
    },
    Page {
        name: "plan_limits",
        tag: "Plan limits",
        description: "Limits of the instance's plans.",
        endpoints: plan_limits::endpoints,
    },
    Page {
        name: "settings",
        tag: "Application settings",
        description: "The settings of the GitLab instance.",
        endpoints: settings::endpoints,
    },
    Page {
        name: "sidekiq_metrics",
        tag: "Sidekiq metrics",
        description: "Metrics of the background job processing.",
        endpoints: sidekiq_metrics::endpoints,
    },
    Page {
        name: "statistics",
        tag: "Application statistics",
        description: "Counts of the instance's objects.",
        endpoints: statistics::endpoints,
    },
    Page {
        name: "system_hooks",
        tag: "System hooks",
        description: "Webhooks of the whole instance.",
        endpoints: system_hooks::endpoints,
    },
    Page {
        name: "usage_data",
        tag: "Service data",
        description: "The usage data the instance reports.",
        endpoints: usage_data::endpoints,
    },
    Page {
        name: "templates",
        tag: "Templates",
        description: "Licence, .gitignore, Dockerfile and CI/CD configuration templates.",
        endpoints: templates::endpoints,
    },
    Page {
        name: "metrics_dashboard_annotations",
        tag: "Dashboard annotations",
        description: "Annotations on metrics dashboards.",
        endpoints: metrics_dashboard_annotations::endpoints,
    },
    Page {
        name: "metrics_user_starred_dashboards",
        tag: "User-starred metrics dashboards",
        description: "Metrics dashboards a user starred.",
        endpoints: metrics_user_starred_dashboards::endpoints,
    },
    Page {
        name: "group_repository_storage_moves",
        tag: "Group repository storage moves",
        description: "Moving group wiki repositories between storages.",
        endpoints: group_repository_storage_moves::endpoints,
    },
    Page {
        name: "project_repository_storage_moves",
        tag: "Project repository storage moves",
        description: "Moving project repositories between storages.",
        endpoints: project_repository_storage_moves::endpoints,
    },
    Page {
        name: "snippet_repository_storage_moves",
        tag: "Snippet repository storage moves",
        description: "Moving snippet repositories between storages.",
        endpoints: snippet_repository_storage_moves::endpoints,
    },
];

/// Lists the descriptions of route types, each with its variants:
/// `describe![ListProjects, GetProject]`.
macro_rules! describe {
    ($($route:ty),* $(,)?) => {{
        #[allow(unused_mut)]
        let mut all: ::std::vec::Vec<::gitlab_endpoint::EndpointInfo> = ::std::vec::Vec::new();
        $(all.extend(<$route as ::gitlab_endpoint::Endpoint>::describe_all());)*
        all
    }};
}
pub(crate) use describe;
