"""OpenTelemetry spans and metrics of the calls, when the application configured a tracer or meter provider.

Nothing here imports OpenTelemetry: an application that configured a provider has imported it already, so
`telemetry()` looks for it in `sys.modules` and at its global providers (a dictionary lookup when OpenTelemetry is
absent, a few attribute reads when it is present but unconfigured). The `pulsetrail[otel]` extra
installs `opentelemetry-api`; the application brings the SDK and its exporters.

The names follow the HTTP client semantic conventions: one INTERNAL span per operation (named by its operationId),
one CLIENT span per attempt under it, `http.client.request.duration` (seconds, one per attempt) and a retries
counter, `pulsetrail.client.retries` (the conventions define none).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from opentelemetry.metrics import Counter, Histogram, Meter
    from opentelemetry.trace import Span, Tracer

    from ._hooks import Operation

__all__ = ["Telemetry", "telemetry"]

_UNCONFIGURED = frozenset({"ProxyTracerProvider", "NoOpTracerProvider", "_ProxyMeterProvider", "NoOpMeterProvider"})
#: the bucket boundaries the HTTP conventions advise for `http.client.request.duration`
_DURATION_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0)

#: (tracer provider, meter provider, what they give): the providers are looked up on every call (an application may
#: configure them after creating its clients), their tracer and instruments made once
_made: tuple[object, object, Telemetry | None] = (None, None, None)
#: the variables naming a provider for OpenTelemetry to load on first use (read once: set at start-up, if at all)
_PROVIDER_VARIABLES = ("OTEL_PYTHON_TRACER_PROVIDER", "OTEL_PYTHON_METER_PROVIDER")
_providers_from_environment: bool | None = None


def telemetry() -> Telemetry | None:
    """The tracer and instruments of the configured providers, or None when neither is configured."""
    global _made
    trace = sys.modules.get("opentelemetry.trace")
    metrics = sys.modules.get("opentelemetry.metrics._internal")
    if trace is None and metrics is None:
        return None
    if _unset(trace, "_TRACER_PROVIDER") and _unset(metrics, "_METER_PROVIDER"):
        return None
    tracer_provider = None if trace is None else trace.get_tracer_provider()
    meter_provider = None if metrics is None else metrics.get_meter_provider()
    made = _made
    if made[0] is tracer_provider and made[1] is meter_provider:
        return made[2]
    configured = [
        None if provider is None or type(provider).__name__ in _UNCONFIGURED else provider
        for provider in (tracer_provider, meter_provider)
    ]
    found = None if configured == [None, None] else Telemetry(*configured)
    _made = (tracer_provider, meter_provider, found)
    return found


def _unset(module: Any, name: str) -> bool:
    """Whether OpenTelemetry surely has no provider set in `module`: its global (which the public getters read,
    each after an `os.environ` lookup costing a microsecond a call) is None and no variable names one to load. A
    module without that global (a version that renamed it) is not known to be unset: the public getter decides."""
    global _providers_from_environment
    if module is None:
        return True
    if getattr(module, name, False) is not None:
        return False
    if _providers_from_environment is None:
        _providers_from_environment = any(variable in os.environ for variable in _PROVIDER_VARIABLES)
    return not _providers_from_environment


class Telemetry:
    """What the configured providers give pulsetrail: a tracer (or None), and its two instruments (or None)."""

    def __init__(self, tracer_provider: Any, meter_provider: Any) -> None:
        from opentelemetry import trace

        from ._client import package_version

        self._trace = trace
        version = package_version()
        self.tracer: Tracer | None = (
            None if tracer_provider is None else tracer_provider.get_tracer("pulsetrail", version)
        )
        self.duration: Histogram | None = None
        self.retries: Counter | None = None
        if meter_provider is not None:
            meter: Meter = meter_provider.get_meter("pulsetrail", version)
            self.duration = meter.create_histogram(
                "http.client.request.duration",
                unit="s",
                description="Duration of HTTP client requests.",
                explicit_bucket_boundaries_advisory=list(_DURATION_BUCKETS),
            )
            self.retries = meter.create_counter(
                "pulsetrail.client.retries", unit="{retry}", description="Attempts retried by pulsetrail clients."
            )

    def operation_span(self, operation: Operation) -> tuple[Span, object] | None:
        """The operation's INTERNAL span, started and made current (with the token to detach it), or None."""
        if self.tracer is None:
            return None
        span = self.tracer.start_span(
            operation.id,
            kind=self._trace.SpanKind.INTERNAL,
            attributes={
                "pulsetrail.api": operation.api,
                "pulsetrail.operation": operation.id,
                "url.template": operation.url_template,
            },
        )
        from opentelemetry import context

        return span, context.attach(self._trace.set_span_in_context(span))

    def end_operation(self, span: Span, detach: object, attributes: dict[str, Any], error: str | None) -> None:
        from opentelemetry import context

        span.set_attributes(attributes)
        if error is not None:
            span.set_attribute("error.type", error)
            span.set_status(self._trace.Status(self._trace.StatusCode.ERROR))
        context.detach(detach)  # type: ignore[arg-type]
        span.end()

    def attempt_span(self, name: str, attributes: dict[str, Any]) -> Span | None:
        """An attempt's CLIENT span (a child of the current span: the operation's), or None."""
        if self.tracer is None:
            return None
        return self.tracer.start_span(name, kind=self._trace.SpanKind.CLIENT, attributes=attributes)

    def end_attempt(self, span: Span | None, attributes: dict[str, Any], error: str | None) -> None:
        if span is None:
            return
        span.set_attributes(attributes)
        if error is not None:
            span.set_attribute("error.type", error)
            span.set_status(self._trace.Status(self._trace.StatusCode.ERROR))
        span.end()
