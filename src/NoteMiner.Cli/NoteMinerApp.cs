using NoteMiner.Cli.Batch;
using NoteMiner.Classifier;
using NoteMiner.Classifier.Training;
using NoteMiner.Cli.Commands;
using NoteMiner.Composer;
using NoteMiner.Extraction;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NoteMiner.Cli;

/// <summary>The command-line application: commands, exit codes and the one-line error contract.</summary>
internal static class NoteMinerApp
{
    public static int Run(string[] args)
    {
        var verbose = args.Contains("--verbose");
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("noteminer");
            config.PropagateExceptions();

            // The pipeline (extraction → segmentation → classification → audit), built on first use.
            var analyzers = new AnalyzerProvider(CreateAnalyzer);
            config.Settings.Registrar.RegisterInstance(analyzers);
            config.SetInterceptor(new LimitsInterceptor(analyzers));
            config.Settings.Registrar.RegisterInstance<IChartAuditor>(new PipelineChartAuditor(analyzers));
            config.Settings.Registrar.RegisterInstance(new AppealComposer(AppealComposerOptions.Default));
            config.AddCommand<ExtractCommand>("extract")
                .WithDescription("Extract pages and lines (text layer or OCR) with provenance.");
            config.AddCommand<AuditCommand>("audit")
                .WithDescription("Audit charts against the care-plan checklist (JSON, Markdown, HTML reports).");
            config.AddCommand<SampleCommand>("sample")
                .WithDescription("Audit a reproducible random sample of charts and report gap rates per element.");
            config.AddCommand<AppealCommand>("appeal")
                .WithDescription("Write an appeal letter for a care-plan denial, quoting the chart verbatim.");
            config.AddCommand<ClassifyCommand>("classify")
                .WithDescription("Label passages ({\"text\":…} JSON lines) with element, score and negation.");
            config.AddCommand<TrainCommand>("train")
                .WithDescription("Train the element model (seeded) and write its metrics.");
            config.AddCommand<EvaluateCommand>("evaluate")
                .WithDescription("Score a model: held-out split, cross-validation, per-label P/R/F1, confusion matrix.");
            config.AddBranch("bench", bench =>
            {
                bench.SetDescription("Measure throughput against reference tools.");
                bench.AddCommand<BenchPdfCommand>("pdf")
                    .WithDescription("Pages per second of PDF text extraction, beside pdftotext.");
                bench.AddCommand<BenchOcrCommand>("ocr")
                    .WithDescription("OCR pages/s on all cores beside the tesseract command run sequentially.");
                bench.AddCommand<BenchAuditCommand>("audit")
                    .WithDescription("End-to-end wall time of audit on a generated chart, process start included.");
                bench.AddCommand<BenchClassifyCommand>("classify")
                    .WithDescription("Passages per second and model load time.");
            });
        });

        try
        {
            return app.Run(ArgumentAliases.Apply(args));
        }
        catch (Exception e)
        {
            // One line on stderr, never chart text; the stack only with --verbose, and never for usage errors.
            var (code, message) = Classify(e);
            Console.Error.WriteLine($"noteminer: {message}");
            if (verbose && code != ExitCodes.Usage)
            {
                Console.Error.WriteLine(DiagnosticDetail.Of(e));
            }

            return code;
        }
    }

    /// <summary>The exit code and one-line message for a failure that ended the run.</summary>
    private static (int Code, string Message) Classify(Exception e) => e switch
    {
        CommandAppException or TrainingDataException or UsageException or AppealInputException => (ExitCodes.Usage, e.Message),
        ClassificationModelException or ExtractionEnvironmentException => (ExitCodes.Environment, e.Message),
        _ => (ExitCodes.Environment, $"internal error: {e.GetType().Name}"),
    };

    private static NoteMiner.Pipeline.IDocumentAnalyzer CreateAnalyzer(ExtractionOptions options) =>
        NoteMiner.Pipeline.ChartAnalysis.CreateDefaultAnalyzer(options);
}
