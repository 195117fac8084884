import StroomCLI
StroomCommand.main()
