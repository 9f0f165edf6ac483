using Playbook.Diagnostics;
using Playbook.Pipelines;

namespace Playbook.Tests.Pipelines;

/// <summary>The engine runs pipelines after their dependencies and turns module failures into diagnostics.</summary>
public sealed class EngineTests
{
    [Fact]
    public async Task A_pipeline_sees_the_outputs_of_the_pipelines_it_depends_on()
    {
        var context = new PipelineContext(new DiagnosticBag());
        var engine = new Engine(
        [
            new Pipeline("report", ["numbers", "letters"], new Lambda((_, c) => [new Document($"{c.Outputs("numbers").Count}+{c.Outputs("letters").Count}")])),
            new Pipeline("numbers", new Lambda((_, _) => [new Document("1"), new Document("2")])),
            new Pipeline("letters", new Lambda((_, _) => [new Document("a")])),
        ]);
        await engine.RunAsync(context);
        Assert.Equal("2+1", context.Outputs("report").Single().Source);
    }

    [Fact]
    public void A_dependency_on_an_unknown_pipeline_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Engine([new Pipeline("a", ["b"])]));
    }

    [Fact]
    public async Task A_failing_module_becomes_one_PB900_naming_the_module_and_document()
    {
        var diagnostics = new DiagnosticBag();
        var context = new PipelineContext(diagnostics);
        await new Engine([new Pipeline("p", new Lambda((_, _) => [new Document("a.md"), new Document("b.md")]), new Throwing(new InvalidOperationException("boom")))]).RunAsync(context);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.InternalError, error.Code);
        Assert.Equal("a.md", error.Location.File);
        Assert.Contains("p/Throwing", error.Message, StringComparison.Ordinal);
        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
        Assert.False(context.Completed("p"));
    }

    [Fact]
    public async Task A_failed_pipeline_stops_its_dependants_instead_of_letting_them_report_false_problems()
    {
        var diagnostics = new DiagnosticBag();
        var context = new PipelineContext(diagnostics);
        var dependantRan = false;
        await new Engine(
        [
            new Pipeline("read", new Lambda((_, _) => [new Document("a.md")]), new Throwing(new InvalidOperationException("boom"))),
            new Pipeline("render", ["read"], new Lambda((_, c) =>
            {
                dependantRan = true;
                return c.Outputs("read");
            })),
            new Pipeline("check", ["render"], new Lambda((_, _) => [new Document("x")])),
            new Pipeline("independent", new Lambda((_, _) => [new Document("y")])),
        ]).RunAsync(context);

        Assert.False(dependantRan);
        Assert.Contains("read/Throwing", Assert.Single(diagnostics.ToSortedList()).Message, StringComparison.Ordinal);
        var skipped = Assert.Throws<InvalidOperationException>(() => context.Outputs("check"));
        Assert.Contains("'render' failed", skipped.Message, StringComparison.Ordinal);
        Assert.Single(context.Outputs("independent"));
    }

    [Fact]
    public async Task The_failure_reported_is_the_first_document_in_input_order_whatever_the_thread_timing()
    {
        // Later documents fail sooner (less spinning), so a report of whichever failed first would name a late one.
        var inputs = Enumerable.Range(0, 64).Select(i => new Document($"{i:D3}.md")).ToList();
        for (var run = 0; run < 5; run++)
        {
            var diagnostics = new DiagnosticBag();
            await new Engine([new Pipeline("p", new Lambda((_, _) => inputs), new SlowFirstFailing())]).RunAsync(new PipelineContext(diagnostics));
            Assert.Equal("000.md", Assert.Single(diagnostics.ToSortedList()).Location.File);
        }
    }

    [Fact]
    public async Task Cancellation_reaches_a_module_that_is_waiting()
    {
        using var cancel = new CancellationTokenSource();
        var started = new TaskCompletionSource();
        var context = new PipelineContext(new DiagnosticBag(), cancellationToken: cancel.Token);
        var run = new Engine([new Pipeline("p", new Waiting(started))]).RunAsync(context);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.False(context.Completed("p"));
    }

    [Fact]
    public void A_context_without_the_state_a_module_asks_for_fails_loudly()
    {
        var context = new PipelineContext(new DiagnosticBag(), new object());
        var wrongState = Assert.Throws<InvalidOperationException>(() => context.State<string>());
        Assert.Contains("String", wrongState.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_system_failure_is_the_users_to_fix_PB007()
    {
        var diagnostics = new DiagnosticBag();
        await new Engine([new Pipeline("p", new Lambda((_, _) => [new Document("a.md")]), new Throwing(new IOException("No space left on device")))]).RunAsync(new PipelineContext(diagnostics));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.OutputError, error.Code);
        Assert.Contains("No space left on device", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parallel_modules_keep_the_input_order()
    {
        var inputs = Enumerable.Range(0, 500).Select(i => new Document($"{i:D3}")).ToList();
        var context = new PipelineContext(new DiagnosticBag());
        await new Engine([new Pipeline("p", new Lambda((_, _) => inputs), new ParallelIdentity())]).RunAsync(context);
        Assert.Equal(inputs.Select(d => d.Source), context.Outputs("p").Select(d => d.Source));
    }

    private sealed class Lambda(Func<IReadOnlyList<Document>, PipelineContext, IReadOnlyList<Document>> run) : BatchModule
    {
        protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) => run(inputs, context);
    }

    private sealed class Waiting(TaskCompletionSource started) : IModule
    {
        public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return inputs;
        }
    }

    private sealed class SlowFirstFailing : Module
    {
        protected override bool Parallel => true;

        protected override IEnumerable<Document> Execute(Document input, PipelineContext context)
        {
            Thread.SpinWait((64 - int.Parse(input.Source[..3], System.Globalization.CultureInfo.InvariantCulture)) * 2000);
            throw new InvalidOperationException("every document fails");
        }
    }

    private sealed class Throwing(Exception exception) : Module
    {
        protected override bool Parallel => true;

        protected override IEnumerable<Document> Execute(Document input, PipelineContext context) =>
            input.Source == "a.md" ? throw exception : [input];
    }

    private sealed class ParallelIdentity : Module
    {
        protected override bool Parallel => true;

        protected override IEnumerable<Document> Execute(Document input, PipelineContext context)
        {
            Thread.SpinWait(int.Parse(input.Source, System.Globalization.CultureInfo.InvariantCulture) % 7 * 1000);
            yield return input;
        }
    }
}
