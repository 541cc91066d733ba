using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace NoteMiner.Composer.Templates;

/// <summary>
/// Finds, before rendering, a variable a template reads but nothing defines: not the model, not a built-in
/// function, not set by the template (assignment, loop, capture, function). Strict rendering catches the same
/// mistake only on the branches a given chart takes; this catches it in every branch.
/// </summary>
internal static class TemplateVariables
{
    private static readonly HashSet<string> Builtins = [.. TemplateContext.GetDefaultBuiltinObject().Keys];

    /// <summary>The first unknown variable in source order, or null.</summary>
    public static (string Name, SourceSpan Span)? FindUnknown(ScriptNode page, IReadOnlyCollection<string> modelNames)
    {
        var references = new List<ScriptVariableGlobal>();
        var defined = new HashSet<string>(StringComparer.Ordinal);
        Walk(page, references, defined);
        foreach (var reference in references)
        {
            if (!defined.Contains(reference.Name) && !Builtins.Contains(reference.Name) && !modelNames.Contains(reference.Name))
            {
                return (reference.Name, reference.Span);
            }
        }

        return null;
    }

    private static void Walk(ScriptNode? node, List<ScriptVariableGlobal> references, HashSet<string> defined)
    {
        if (node is null)
        {
            return;
        }

        switch (node)
        {
            // Member names (claim.number), object keys ({ goals: … }) and argument names are not variables.
            case ScriptMemberExpression member:
                Walk(member.Target, references, defined);
                return;
            case ScriptObjectMember objectMember:
                Walk(objectMember.Value, references, defined);
                return;
            case ScriptNamedArgument namedArgument:
                Walk(namedArgument.Value, references, defined);
                return;
            case ScriptVariableGlobal variable:
                references.Add(variable);
                break;
            case ScriptAssignExpression { Target: ScriptVariableGlobal target }:
                defined.Add(target.Name);
                break;
            // tablerow statements derive from for statements.
            case ScriptForStatement { Variable: ScriptVariableGlobal loopVariable }:
                defined.Add(loopVariable.Name);
                break;
            case ScriptParameter { Name: ScriptVariableGlobal parameter }:
                defined.Add(parameter.Name);
                break;
            case ScriptCaptureStatement { Target: ScriptVariableGlobal captured }:
                defined.Add(captured.Name);
                break;
            case ScriptFunction { NameOrDoToken: ScriptVariableGlobal function }:
                defined.Add(function.Name);
                break;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            Walk(node.GetChildren(i), references, defined);
        }
    }
}
