//! The service data page: the metrics behind Service Ping, the usage data the instance
//! reports.

use gitlab_endpoint::{Endpoint, EndpointInfo};

use crate::models::ServicePingPayload;

/// Export the definitions of every Service Ping metric as one YAML document.
///
/// The document is a YAML list with one entry per metric (`key_path`, `description`,
/// `value_type`, `status`, `time_frame`, `data_source`, `tier`, ...). GitLab 13.11 and later.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/usage_data/metric_definitions",
    tag = "Service data",
    response = (),
    raw = "application/yaml",
    public,
)]
pub struct ExportMetricDefinitions {}

/// Export the Service Ping payload with the SQL query of each metric in place of its value.
///
/// Behind the `usage_data_queries_api` feature flag, off by default (the route answers `404`
/// then). GitLab 13.11 and later.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/usage_data/queries",
    tag = "Service data",
    response = ServicePingPayload,
    admin,
    example = "usage_data/export_service_ping_queries.json",
)]
pub struct ExportServicePingQueries {}

// The page describes this route without a route block, so ENDPOINTS.tsv does not list it.
/// Export the Service Ping metrics not computed with SQL.
///
/// Metrics computed with SQL are left at `-3`. Behind the `usage_data_non_sql_metrics`
/// feature flag, off by default (the route answers `404` then). GitLab 13.11 and later.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/usage_data/non_sql_metrics",
    tag = "Service data",
    response = ServicePingPayload,
    admin,
    example = "usage_data/export_service_ping_non_sql_metrics.json",
)]
pub struct ExportServicePingNonSqlMetrics {}

/// The route types of this page, in the page's order.
pub(crate) fn endpoints() -> Vec<EndpointInfo> {
    super::describe![
        ExportMetricDefinitions,
        ExportServicePingQueries,
        ExportServicePingNonSqlMetrics,
    ]
}
