@testable import StroomExport
import Testing
