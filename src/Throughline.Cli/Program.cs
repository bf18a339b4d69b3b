using Throughline.Cli;

return CliApp.Run(args, CliContext.FromConsole());
