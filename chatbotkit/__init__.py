"""chatbotkit: async Python SDK for ChatBotKit."""
