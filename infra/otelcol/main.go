// Command ledger-otelcol is a minimal OpenTelemetry Collector built from the project's official
// modules (what the OpenTelemetry Collector Builder generates, written by hand): the OTLP receiver,
// the contrib file exporter (OTLP JSON, one line per batch) and the debug exporter. The integration
// tests run it to check that the API's and the worker's spans reach a real collector; see
// infra/local/otelcol.sh and docs/observability.md.
package main

import (
	"log"

	"github.com/open-telemetry/opentelemetry-collector-contrib/exporter/fileexporter"
	"go.opentelemetry.io/collector/component"
	"go.opentelemetry.io/collector/confmap"
	"go.opentelemetry.io/collector/confmap/provider/envprovider"
	"go.opentelemetry.io/collector/confmap/provider/fileprovider"
	"go.opentelemetry.io/collector/exporter"
	"go.opentelemetry.io/collector/exporter/debugexporter"
	"go.opentelemetry.io/collector/otelcol"
	"go.opentelemetry.io/collector/receiver"
	"go.opentelemetry.io/collector/receiver/otlpreceiver"
	"go.opentelemetry.io/collector/service/telemetry/otelconftelemetry"
)

// version is the collector release every collector module in go.mod is pinned to (core v0.161.0 /
// v1.67.0, contrib v0.161.0: the newest release at which the contrib file exporter builds here).
const version = "0.161.0"

func components() (otelcol.Factories, error) {
	var err error
	// The collector's own logs and (here switched off) metrics, configured under service::telemetry.
	factories := otelcol.Factories{Telemetry: otelconftelemetry.NewFactory()}
	if factories.Receivers, err = otelcol.MakeFactoryMap[receiver.Factory](otlpreceiver.NewFactory()); err != nil {
		return otelcol.Factories{}, err
	}
	if factories.Exporters, err = otelcol.MakeFactoryMap[exporter.Factory](
		fileexporter.NewFactory(),
		debugexporter.NewFactory(),
	); err != nil {
		return otelcol.Factories{}, err
	}
	// What `ledger-otelcol components` prints beside each component.
	factories.ReceiverModules = map[component.Type]string{
		otlpreceiver.NewFactory().Type(): "go.opentelemetry.io/collector/receiver/otlpreceiver v" + version,
	}
	factories.ExporterModules = map[component.Type]string{
		fileexporter.NewFactory().Type():  "github.com/open-telemetry/opentelemetry-collector-contrib/exporter/fileexporter v" + version,
		debugexporter.NewFactory().Type(): "go.opentelemetry.io/collector/exporter/debugexporter v" + version,
	}
	return factories, nil
}

func main() {
	settings := otelcol.CollectorSettings{
		BuildInfo: component.BuildInfo{
			Command:     "ledger-otelcol",
			Description: "Contract Ledger test collector (OTLP receiver, file and debug exporters)",
			Version:     version,
		},
		Factories: components,
		ConfigProviderSettings: otelcol.ConfigProviderSettings{
			ResolverSettings: confmap.ResolverSettings{
				ProviderFactories: []confmap.ProviderFactory{
					envprovider.NewFactory(),
					fileprovider.NewFactory(),
				},
			},
		},
	}
	if err := otelcol.NewCommand(settings).Execute(); err != nil {
		log.Fatal(err)
	}
}
