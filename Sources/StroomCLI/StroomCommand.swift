public enum StroomCommand { public static func main() {} }
