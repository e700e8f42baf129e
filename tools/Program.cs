using Ibkr.Cli;

return CliApp.Run(args, CliConsole.Standard);
