using Throughline.Core.Model;
using Throughline.Core.Plans;

namespace Throughline.Core.Generation;

/// <summary>The field writers of <see cref="YamlPlanSink"/>: each leaves out what <see cref="PlanWriter"/> leaves out.</summary>
internal sealed partial class YamlPlanSink
{
    /// <summary>Starts a top-level section once, after a blank line.</summary>
    private void Enter(Section next, string key)
    {
        if (section == next)
        {
            return;
        }

        section = next;
        yaml.NewLine();
        yaml.Write(key);
        yaml.Write(':');
        yaml.NewLine();
    }

    /// <summary>Writes a list's key the first time an item of it arrives.</summary>
    private void StartList(ref bool started, int indent, string key)
    {
        if (started)
        {
            return;
        }

        started = true;
        yaml.Indent(indent);
        yaml.Write(key);
        yaml.Write(':');
        yaml.NewLine();
    }

    /// <summary>The fields that follow belong to a new list item whose dash is at this indentation.</summary>
    private void Item(int indent)
    {
        itemIndent = indent;
        firstField = true;
    }

    /// <summary>The fields that follow belong to a mapping at this indentation, with no dash.</summary>
    private void Fields(int indent)
    {
        itemIndent = indent - 2;
        firstField = false;
    }

    private void Field(string key)
    {
        if (firstField)
        {
            yaml.Indent(itemIndent);
            yaml.Write("- ");
            firstField = false;
        }
        else
        {
            yaml.Indent(itemIndent + 2);
        }

        yaml.Write(key);
        yaml.Write(": ");
    }

    private void Text(string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Field(key);
            yaml.Text(value);
            yaml.NewLine();
        }
    }

    private void Number(string key, double? value)
    {
        if (value is { } number)
        {
            Field(key);
            yaml.Number(number);
            yaml.NewLine();
        }
    }

    private void Integer(string key, int? value) => Number(key, value);

    private void Date(string key, DateOnly? value)
    {
        if (value is { } date)
        {
            Field(key);
            yaml.Date(date);
            yaml.NewLine();
        }
    }

    private void Flag(string key, bool value)
    {
        if (value)
        {
            Field(key);
            yaml.Write("true");
            yaml.NewLine();
        }
    }

    private void Choice<TEnum>(string key, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } chosen)
        {
            Field(key);
            yaml.Write(EnumText<TEnum>.Format(chosen));
            yaml.NewLine();
        }
    }

    /// <summary>A list of ids on one line: <c>[O1, KR3]</c>.</summary>
    private void Ids(string key, List<string> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        Field(key);
        yaml.Write('[');
        for (var i = 0; i < ids.Count; i++)
        {
            if (i > 0)
            {
                yaml.Write(", ");
            }

            yaml.Text(ids[i], inFlow: true);
        }

        yaml.Write(']');
        yaml.NewLine();
    }

    /// <summary>A bare id per link, or <c>{id: O1, weight: 2}</c> for a weighted one.</summary>
    private void Contributions(List<Contribution> links)
    {
        if (links.Count == 0)
        {
            return;
        }

        Field("contributes_to");
        yaml.Write('[');
        for (var i = 0; i < links.Count; i++)
        {
            if (i > 0)
            {
                yaml.Write(", ");
            }

            if (links[i].Weight is { } weight)
            {
                yaml.Write("{id: ");
                yaml.Text(links[i].Id, inFlow: true);
                yaml.Write(", weight: ");
                yaml.Number(weight);
                yaml.Write('}');
            }
            else
            {
                yaml.Text(links[i].Id, inFlow: true);
            }
        }

        yaml.Write(']');
        yaml.NewLine();
    }

    /// <summary><c>{impact: 4, effort: 2}</c>, in the dictionary's order as <see cref="PlanWriter"/> writes it.</summary>
    private void Scores(Dictionary<string, double> scores)
    {
        if (scores.Count == 0)
        {
            return;
        }

        Field("scores");
        yaml.Write('{');
        var first = true;
        foreach (var (criterion, score) in scores)
        {
            if (!first)
            {
                yaml.Write(", ");
            }

            first = false;
            yaml.Text(criterion, inFlow: true);
            yaml.Write(": ");
            yaml.Number(score);
        }

        yaml.Write('}');
        yaml.NewLine();
    }
}
