-- Section guesses the curator can trust and sees as guesses.
--
-- Each section has keywords (a JSON array of strings, as written by the curator) that point new items to it.
-- Each link records whether its section was guessed and why (source, history, keyword, category, none); NULL is
-- a section the curator chose or confirmed. Links that exist already were filed by the curator: NULL.
--
-- The guess learns from every link's section, the sections' names, order and keywords and the sources' sections.
-- guess_revision grows with each change to those, so the model built from them is rebuilt only then: reading
-- one row is all an inbox page pays to know it is current. Polls write items and polling state only, which
-- leave it alone.

ALTER TABLE sections ADD COLUMN keywords TEXT NOT NULL DEFAULT '[]';

ALTER TABLE links ADD COLUMN section_reason TEXT
    CHECK (section_reason IN ('source', 'history', 'keyword', 'category', 'none'));

UPDATE sections SET keywords = '["APM", "Elastic APM", "Jaeger", "Zipkin", "OpenTelemetry", "OpenTracing", "tracing", "distributed tracing", "observability", "observabilité", "New Relic", "Dynatrace", "Instana"]'
    WHERE name = 'APM';
UPDATE sections SET keywords = '["Kafka", "Kafka Streams", "ksqlDB", "KSQL", "Confluent", "Spark", "Flink", "Hadoop", "Airflow", "Beam", "Hive", "Presto", "Druid", "Pulsar", "Cassandra", "MongoDB", "Elasticsearch", "big data", "data lake", "data pipeline", "data engineering"]'
    WHERE name = '(Big) Data';
UPDATE sections SET keywords = '["CI/CD", "Jenkins", "Jenkins X", "GitLab CI", "GitHub Actions", "Tekton", "Argo CD", "ArgoCD", "Spinnaker", "CircleCI", "Travis CI", "Drone CI", "GitOps", "continuous integration", "continuous delivery", "continuous deployment", "intégration continue", "déploiement continu", "livraison continue"]'
    WHERE name = 'CI/CD';
UPDATE sections SET keywords = '["AWS", "Amazon Web Services", "Azure", "GCP", "Google Cloud", "Lambda", "S3", "EC2", "Fargate", "Cloud Run", "Cloudflare Workers", "serverless", "OpenStack", "Scaleway", "OVHcloud", "DigitalOcean"]'
    WHERE name = 'Cloud';
UPDATE sections SET keywords = '["Kubernetes", "K8s", "k3s", "kubectl", "Docker", "Docker Compose", "Swarm", "Helm", "Traefik", "containerd", "CRI-O", "Podman", "Istio", "Linkerd", "Envoy", "service mesh", "Nomad", "OpenShift", "Rancher", "container", "containers", "conteneur", "conteneurs"]'
    WHERE name = 'Container et Orchestration';
UPDATE sections SET keywords = '["Grafana", "Kibana", "dashboard", "dashboards", "tableau de bord", "tableaux de bord", "dataviz", "visualisation", "visualization", "Superset", "Metabase", "D3.js"]'
    WHERE name = 'Dataviz';
UPDATE sections SET keywords = '["DevOps", "SRE", "Terraform", "Ansible", "Puppet", "SaltStack", "Pulumi", "Packer", "Vagrant", "Consul", "infrastructure as code", "chaos engineering", "on-call", "astreinte"]'
    WHERE name = 'DevOps';
UPDATE sections SET keywords = '["DNS", "CoreDNS", "DNSSEC", "DNS over HTTPS", "DoH", "PowerDNS", "Unbound", "BIND", "nom de domaine", "noms de domaine", "domain name"]'
    WHERE name = 'DNS';
UPDATE sections SET keywords = '["Go", "Golang", "Rust", "Java", "OpenJDK", "JDK", "JVM", "GraalVM", "Python", "JavaScript", "TypeScript", "Node.js", "Deno", "Kotlin", "Scala", "Ruby", "PHP", "Elixir", "Erlang", "Haskell", "C++", "C#", ".NET", "Swift", "compiler", "compilateur"]'
    WHERE name = 'Langages';
UPDATE sections SET keywords = '["license", "licence", "licensing", "licences", "licenses", "GPL", "AGPL", "LGPL", "Apache License", "MIT License", "SSPL", "Commons Clause", "Business Source License", "copyleft"]'
    WHERE name = 'Licences';
UPDATE sections SET keywords = '["Agile", "Scrum", "Kanban", "post-mortem", "postmortem", "retrospective", "rétrospective", "Lean", "domain-driven design", "DDD", "méthodologie", "methodology", "technical debt", "dette technique", "code review", "revue de code"]'
    WHERE name = 'Méthodologie';
UPDATE sections SET keywords = '["CVE", "vulnerability", "vulnerabilities", "vulnerable", "vulnérabilité", "vulnérabilités", "faille", "failles", "exploit", "security", "sécurité", "TLS", "SSL", "OAuth", "OpenID Connect", "Let''s Encrypt", "encryption", "chiffrement", "Vault", "malware", "ransomware", "phishing", "XSS", "CSRF", "SQL injection"]'
    WHERE name = 'Sécurité';
UPDATE sections SET keywords = '["SQL", "PostgreSQL", "Postgres", "MySQL", "MariaDB", "SQLite", "SQL Server", "Oracle Database", "CockroachDB", "TiDB", "Vitess", "PgBouncer"]'
    WHERE name = 'SQL';
UPDATE sections SET keywords = '["test", "tests", "testing", "unit tests", "tests unitaires", "Selenium", "JUnit", "Cypress", "Playwright", "Testcontainers", "TDD", "load testing", "Gatling", "JMeter", "k6"]'
    WHERE name = 'Tests';
UPDATE sections SET keywords = '["time series", "séries temporelles", "série temporelle", "InfluxDB", "Telegraf", "Chronograf", "Kapacitor", "Prometheus", "TimescaleDB", "VictoriaMetrics", "Thanos", "Cortex", "Graphite", "OpenTSDB", "QuestDB", "M3DB"]'
    WHERE name = 'Time Series';
UPDATE sections SET keywords = '["browser", "browsers", "navigateur", "navigateurs", "HTTP/2", "HTTP/3", "QUIC", "HTML", "CSS", "WebAssembly", "Wasm", "Firefox", "Chrome", "Chromium", "Safari", "React", "Vue.js", "Angular", "front-end", "frontend", "web performance", "PWA", "service worker"]'
    WHERE name = 'Web';
UPDATE sections SET keywords = '["Windows", "Windows Server", "Windows Terminal", "PowerShell", "WSL", "WSL 2", "Hyper-V", "Active Directory"]'
    WHERE name = 'Windows';

CREATE TABLE guess_revision (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT INTO guess_revision (id, value) VALUES (1, 0);

CREATE TRIGGER guess_revision_link_added AFTER INSERT ON links BEGIN
    UPDATE guess_revision SET value = value + 1;
END;
CREATE TRIGGER guess_revision_link_deleted AFTER DELETE ON links BEGIN
    UPDATE guess_revision SET value = value + 1;
END;
CREATE TRIGGER guess_revision_link_edited AFTER UPDATE OF section_id, url, title ON links BEGIN
    UPDATE guess_revision SET value = value + 1;
END;
CREATE TRIGGER guess_revision_section_added AFTER INSERT ON sections BEGIN
    UPDATE guess_revision SET value = value + 1;
END;
CREATE TRIGGER guess_revision_section_deleted AFTER DELETE ON sections BEGIN
    UPDATE guess_revision SET value = value + 1;
END;
CREATE TRIGGER guess_revision_section_edited AFTER UPDATE OF name, position, keywords ON sections BEGIN
    UPDATE guess_revision SET value = value + 1;
END;
CREATE TRIGGER guess_revision_source_added AFTER INSERT ON sources BEGIN
    UPDATE guess_revision SET value = value + 1;
END;
CREATE TRIGGER guess_revision_source_deleted AFTER DELETE ON sources BEGIN
    UPDATE guess_revision SET value = value + 1;
END;
CREATE TRIGGER guess_revision_source_edited AFTER UPDATE OF section ON sources BEGIN
    UPDATE guess_revision SET value = value + 1;
END;
