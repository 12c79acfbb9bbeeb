import Foundation
import PackagePlugin

/// Hands every `rules/*.yaml` of the package to the EmbedRules tool, which writes
/// them into one Swift source of ParityKit.
@main
struct EmbedRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rulesDirectory = context.package.directoryURL.appending(path: "rules")
        let packs = try FileManager.default
            .contentsOfDirectory(at: rulesDirectory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinPackSources.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(packs.count) built-in rule packs",
                executable: try context.tool(named: "EmbedRules").url,
                arguments: [output.path] + packs.map(\.path),
                inputFiles: packs,
                outputFiles: [output]
            )
        ]
    }
}
