using System.Text;

namespace NoteMiner;

/// <summary>
/// The technical detail of a failure for <see cref="Diagnostic.Detail"/> and <c>--verbose</c>: exception types and
/// stack frames, without the messages. Parsers put what they choked on into their messages (a token, an XML name,
/// a line of text), and that may be chart text, so messages never reach a log.
/// </summary>
public static class DiagnosticDetail
{
    /// <summary>The types and stack traces of <paramref name="exception"/> and its inner exceptions.</summary>
    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var detail = new StringBuilder();
        Append(detail, exception, depth: 0);
        return detail.ToString().TrimEnd();
    }

    private static void Append(StringBuilder detail, Exception exception, int depth)
    {
        // Inner-exception chains built by a hostile input could be long; a few levels say what failed.
        if (depth > 8)
        {
            return;
        }

        detail.Append(depth == 0 ? "" : " ---> ").AppendLine(exception.GetType().FullName);
        if (exception.StackTrace is { } stack)
        {
            detail.AppendLine(stack);
        }

        if (exception is AggregateException aggregate)
        {
            foreach (var inner in aggregate.InnerExceptions.Take(4))
            {
                Append(detail, inner, depth + 1);
            }
        }
        else if (exception.InnerException is { } inner)
        {
            Append(detail, inner, depth + 1);
        }
    }
}
