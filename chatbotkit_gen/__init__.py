"""A client library for accessing ChatBotKit API"""
# chatbotkit: models (chatbotkit_gen.models), endpoints' request building and response parsing
# (chatbotkit_gen.api), shared types. No client: the SDK (chatbotkit) sends the requests, and
# nothing here imports it.
