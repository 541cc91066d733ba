using NoteMiner.Cli;

return NoteMinerApp.Run(args);
